// Defender for Cloud through @azure/arm-security against the emulated Resource Manager over HTTPS, then the
// merge: plans, alerts and assessments with listed reads only, nextLink paging, AuthorizationFailed and plans off
// as coverage gaps, 429 with Retry-After, and the escalation and fold they feed.
import { SecurityCenter } from "@azure/arm-security";
import { afterEach, describe, expect, it } from "vitest";
import { ALL_CHECKS } from "../../../checks/index.js";
import { startEmulator, type Emulator, type EstateInput } from "../../../mocks/index.js";
import { openArmConnection } from "../../../providers/azure/clients.js";
import { azureProvider } from "../../../providers/azure/index.js";
import { AZURE_OPERATIONS } from "../../../providers/azure/operations.js";
import { DEMO_ESTATE } from "../../../cli/commands/demo.js";
import { assess } from "../../../src/engine/scan.js";
import { findingFor, verdicts } from "../../support/scan.js";
import { collectWith, type MergedOptions } from "../../support/collect.js";

const PROD = "6f1a0c2e-5d4b-4c3a-9e8f-0a1b2c3d4e5f";
const SANDBOX = "8a7b6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c5d";

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function azureScan(start: Partial<Parameters<typeof startEmulator>[0]> = {}, allNative = false) {
  emulator = await startEmulator({ estate: DEMO_ESTATE, ...start });
  const options: MergedOptions = {
    concurrency: 8,
    maxAttempts: 4,
    azureEndpoint: emulator.azureEndpoint,
    azureCaCertificate: emulator.azureCaCertificate,
  };
  const inventory = await collectWith([azureProvider], options);
  const { report } = assess(inventory, [azureProvider], ALL_CHECKS, new Date().toISOString(), "test", {
    allNative,
  });
  return { report, inventory, emulator, options };
}

const defenderCalls = (emu: Emulator) =>
  Object.fromEntries(Object.entries(emu.calls()).filter(([key]) => key.startsWith("azure-security:")));

/** One public storage account whose subscription has every Defender plan on the Free tier. */
const FREE_PLANS: EstateInput = {
  azure: {
    subscriptions: [
      {
        subscriptionId: "11111111-2222-4333-8444-555555555555",
        storageAccounts: [
          {
            name: "aipublicdata",
            resourceGroup: "ai-rg",
            location: "eastus",
            allowBlobPublicAccess: true,
            containers: [{ name: "open", publicAccess: "Blob" }],
          },
        ],
        defender: {
          alerts: [
            {
              name: "a1",
              location: "eastus",
              alertType: "Storage.Blob_AnonymousAccessAnomaly",
              severity: "High",
              resourceIdentifiers: [
                {
                  type: "AzureResource",
                  azureResourceId:
                    "/subscriptions/11111111-2222-4333-8444-555555555555/resourceGroups/ai-rg/providers/Microsoft.Storage/storageAccounts/aipublicdata",
                },
              ],
            },
          ],
        },
      },
    ],
  },
};

describe("Defender for Cloud over the wire", () => {
  it("reads plans, alerts, assessments and their metadata with listed reads, and the merge uses them", async () => {
    const { report, emulator: emu } = await azureScan();
    expect(report.errors).toEqual([]);
    expect(emu.writesAttempted()).toEqual([]);
    expect(defenderCalls(emu)).toEqual({
      "azure-security:Pricings_List": 2,
      "azure-security:Alerts_List": 2,
      "azure-security:Assessments_List": 2,
      // Only the sandbox has assessments whose keys need metadata.
      "azure-security:AssessmentsMetadata_List": 1,
    });
    expect(
      Object.keys(defenderCalls(emu)).every((k) =>
        AZURE_OPERATIONS.some((op) => k.endsWith(`:${op.operation}`)),
      ),
    ).toBe(true);

    const escalated = findingFor(report, "threat.exposed-under-attack", "aiclinicalnotesphi");
    expect(escalated).toMatchObject({
      severity: "critical",
      sources: ["aiposture", "defender"],
      dataClassification: "phi",
    });
    expect(escalated?.message).toMatch(
      /^Defender for Cloud reports Storage\.Blob_DataExfiltration\.AmountOfDataAnomaly \(high/,
    );
    expect(escalated?.evidence.misconfigurations).toEqual(
      expect.arrayContaining([expect.objectContaining({ checkId: "storage.public-read" })]),
    );

    const folded = findingFor(report, "storage.public-read", "aisandboxlegacy");
    expect(folded).toMatchObject({ status: "fail", sources: ["aiposture", "defender"] });
    expect(folded?.native).toEqual([
      expect.objectContaining({ title: "Storage account public access should be disallowed", agrees: true }),
    ]);
    expect(report.findings.some((f) => f.checkId.startsWith("native.defender:"))).toBe(false);
    expect(report.native).toMatchObject({
      read: 5,
      folded: 1,
      escalated: 2,
      kept: 0,
      omitted: 1,
      inactive: 1,
    });
    // Defender for AI services: a jailbreak attempt on the internet-open Azure OpenAI account.
    expect(findingFor(report, "threat.exposed-under-attack", "ai-openai-chat-public")).toMatchObject({
      severity: "critical",
      sources: ["aiposture", "defender"],
      evidence: expect.objectContaining({
        misconfigurations: expect.arrayContaining([
          expect.objectContaining({ checkId: "ai-service.public-network" }),
        ]),
      }),
    });

    expect(findingFor(report, "threat-detection.storage-protection", `defender/${SANDBOX}`)).toMatchObject({
      status: "fail",
      message: expect.stringMatching(/aisandboxlegacy.*StorageAccounts is Free/),
    });
    for (const check of [
      "threat-detection.enabled",
      "threat-detection.storage-protection",
      "threat-detection.ai-protection",
    ])
      expect(findingFor(report, check, `defender/${PROD}`)?.status, check).toBe("pass");
  });

  it("keeps the alert on a resource that is not an AI asset with --all-native", async () => {
    const { report } = await azureScan({}, true);
    expect(findingFor(report, "native.defender:VM_SuspiciousCommandLine", "ops-jump-01")).toMatchObject({
      status: "fail",
      severity: "medium",
      sources: ["defender"],
      resource: { type: "Microsoft.Compute/virtualMachines" },
    });
  });

  it("gives the same verdicts with a page size of 1", async () => {
    const clean = await azureScan();
    await clean.emulator.close();
    const paged = await azureScan({ pageSize: 1 });
    // Four alerts in prod, none in the sandbox: one per page, and one empty page.
    expect(defenderCalls(paged.emulator)["azure-security:Alerts_List"]).toBe(4 + 1);
    expect(verdicts(paged.report)).toEqual(verdicts(clean.report));
  });

  it("turns AuthorizationFailed on the alerts into a gap: no escalation, the plans still read", async () => {
    const { report } = await azureScan({
      faults: {
        accessDenied: [
          { service: "azure-security", operation: "Alerts_List", resource: `/subscriptions/${PROD}` },
        ],
      },
    });
    expect(report.errors).toEqual([
      expect.objectContaining({
        account: PROD,
        service: "defender",
        operation: "Alerts_List",
        code: "AuthorizationFailed",
      }),
    ]);
    expect(report.native?.sources.find((s) => s.account === PROD)).toMatchObject({
      state: "unreadable",
      detail: "Alerts_List failed: AuthorizationFailed",
    });
    expect(findingFor(report, "threat.exposed-under-attack", "aiclinicalnotesphi")).toBeUndefined();
    expect(findingFor(report, "threat-detection.enabled", `defender/${PROD}`)?.status).toBe("pass");
  });

  it("has no verdict on a subscription whose plans cannot be listed, and says why", async () => {
    const { report } = await azureScan({
      faults: {
        accessDenied: [
          { service: "azure-security", operation: "Pricings_List", resource: `/subscriptions/${SANDBOX}` },
        ],
      },
    });
    expect(report.errors.map((e) => `${e.account} ${e.operation} ${e.code}`)).toEqual([
      `${SANDBOX} Pricings_List AuthorizationFailed`,
    ]);
    expect(report.findings.filter((f) => f.resource.name === `defender/${SANDBOX}`)).toEqual([]);
    expect(report.native?.sources.find((s) => s.account === SANDBOX)?.state).toBe("partial");
    // The assessment still folds: the recommendations were read.
    expect(findingFor(report, "storage.public-read", "aisandboxlegacy")?.sources).toEqual([
      "aiposture",
      "defender",
    ]);
  });

  it("reports plans off where AI assets live as a failing check and a warning, not a read error", async () => {
    const { report } = await azureScan({ estate: FREE_PLANS });
    const id = "11111111-2222-4333-8444-555555555555";
    expect(findingFor(report, "threat-detection.enabled", `defender/${id}`)).toMatchObject({
      status: "fail",
      message: expect.stringMatching(/aipublicdata.*every Defender plan is on the Free tier/),
    });
    expect(report.errors).toEqual([]);
    expect(report.warnings).toContainEqual(expect.stringMatching(new RegExp(`^azure ${id}: .*not enabled`)));
    // What was read still counts: the alert escalates the public account.
    expect(findingFor(report, "threat.exposed-under-attack", "aipublicdata")?.sources).toEqual([
      "aiposture",
      "defender",
    ]);
  });

  it("gives the same verdicts through 429s with Retry-After, retried by the SDK", async () => {
    const clean = await azureScan();
    await clean.emulator.close();
    const stormy = await azureScan({
      faults: {
        throttle: [{ service: "azure-security", operation: "*", firstAttempts: 1, retryAfterSeconds: 0 }],
      },
    });
    expect(stormy.report.errors).toEqual([]);
    expect(verdicts(stormy.report)).toEqual(verdicts(clean.report));
  });

  it("serves assessments at a resource scope and metadata tenant-wide through the SDK", async () => {
    const { options, emulator: emu } = await azureScan();
    const arm = openArmConnection(options);
    const client = new SecurityCenter(arm.credential, SANDBOX, arm.clientOptions);
    const account = `/subscriptions/${SANDBOX}/resourceGroups/sandbox-rg/providers/Microsoft.Storage/storageAccounts/aisandboxlegacy`;
    try {
      const { runAs } = await import("../../../providers/azure/guard.js");
      const list = AZURE_OPERATIONS.find((op) => op.operation === "Assessments_List")!;
      const items = await runAs(list, async () => {
        const out = [];
        for await (const a of client.assessments.list(account.slice(1))) out.push(a);
        return out;
      });
      expect(items).toEqual([
        expect.objectContaining({
          id: `${account}/providers/Microsoft.Security/assessments/a0f5c1d2-7e3b-4c8a-9f10-2b3c4d5e6f70`,
          status: expect.objectContaining({ code: "Unhealthy" }),
          resourceDetails: expect.objectContaining({ id: account }),
        }),
      ]);
    } finally {
      arm.close();
    }
    expect(emu.writesAttempted()).toEqual([]);
  });
});
