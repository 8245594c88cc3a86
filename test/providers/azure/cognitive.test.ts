// Azure OpenAI / AI Services through the real @azure/arm-cognitiveservices client against the emulated Resource
// Manager: accounts told apart by kind, restricted vs public, deployments and their content filters, nextLink
// paging with a page size of 1, and AuthorizationFailed → unknown plus a gap.
import { afterEach, describe, expect, it } from "vitest";
import { ALL_CHECKS } from "../../../checks/index.js";
import { startEmulator, type Emulator } from "../../../mocks/index.js";
import { normalizeCognitiveAccount } from "../../../providers/azure/cognitive/normalize.js";
import { azureProvider } from "../../../providers/azure/index.js";
import { DEMO_ESTATE } from "../../../cli/commands/demo.js";
import { assess } from "../../../src/engine/scan.js";
import type { Report } from "../../../src/model/finding.js";
import type { InventoryRecord } from "../../../src/model/inventory.js";
import { findingFor, verdicts } from "../../support/scan.js";
import { collectWith } from "../../support/collect.js";

const PROD = "6f1a0c2e-5d4b-4c3a-9e8f-0a1b2c3d4e5f";

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function scan(start: Partial<Parameters<typeof startEmulator>[0]> = {}) {
  emulator = await startEmulator({ estate: DEMO_ESTATE, ...start });
  const inventory = await collectWith([azureProvider], {
    concurrency: 8,
    maxAttempts: 3,
    subscriptions: [PROD],
    azureEndpoint: emulator.azureEndpoint,
    azureCaCertificate: emulator.azureCaCertificate,
  });
  const { report } = assess(inventory, [azureProvider], ALL_CHECKS, new Date().toISOString(), "test");
  return { report, emulator };
}

const aiVerdicts = (report: Report) =>
  verdicts({ ...report, findings: report.findings.filter((f) => f.checkId.startsWith("ai-service.")) });

describe("Azure OpenAI / AI Services over the wire", () => {
  it("reports the planted account, keeps a default-deny account restricted, and passes the hardened twin", async () => {
    const { report } = await scan();
    expect(report.errors).toEqual([]);
    for (const id of [
      "public-network",
      "local-auth",
      "customer-managed-key",
      "content-filter",
      "private-endpoint",
    ])
      expect(findingFor(report, `ai-service.${id}`, "ai-openai-chat-public")?.status, id).toBe("fail");
    for (const id of [
      "managed-identity",
      "outbound-restricted",
      "diagnostic-logs",
      "public-network-disabled",
    ])
      expect(findingFor(report, `ai-service.${id}`, "ai-openai-chat-public")?.status, id).toBe("fail");
    // The RAI policies and the diagnostic settings come over the wire: an asynchronous, annotate-only filter fails.
    expect(
      findingFor(report, "ai-service.content-filter-blocking", "ai-services-vision-restricted")?.message,
    ).toMatch(
      /gpt-4o-batch → batch-annotate-only: mode Asynchronous_filter; not blocking: Violence \(Completion, annotate only\)/,
    );
    expect(findingFor(report, "ai-service.diagnostic-logs", "ai-openai-hardened")?.message).toMatch(
      /Log Analytics workspace .*ai-logs \(setting ai-audit\)/,
    );
    const filter = findingFor(report, "ai-service.content-filter", "ai-openai-chat-public");
    expect(filter?.message).toMatch(
      /1 of 2 deployment\(s\) name no content filter: gpt-4o-mini-raw \(gpt-4o-mini\)/,
    );
    expect(filter?.evidence).toMatchObject({
      deployments: [
        { name: "gpt-4o-support", model: "gpt-4o 2024-08-06", contentFilter: "Microsoft.DefaultV2" },
        { name: "gpt-4o-mini-raw", model: "gpt-4o-mini 2024-07-18", contentFilter: null },
      ],
    });
    const restricted = findingFor(report, "ai-service.public-network", "ai-services-vision-restricted");
    expect(restricted?.status).toBe("pass");
    expect(restricted?.message).toMatch(/denies by default, admitting 1 IP rule\(s\) \(203\.0\.113\.0\/24\)/);
    const hardened = report.findings.filter((f) => f.resource.name === "ai-openai-hardened");
    expect(hardened.map((f) => f.checkId).sort()).toEqual([
      "ai-service.content-filter",
      "ai-service.content-filter-blocking",
      "ai-service.customer-managed-key",
      "ai-service.customer-owned-storage",
      "ai-service.diagnostic-logs",
      "ai-service.local-auth",
      "ai-service.managed-identity",
      "ai-service.outbound-restricted",
      "ai-service.private-dns-zone",
      "ai-service.private-endpoint",
      "ai-service.public-network",
      "ai-service.public-network-disabled",
    ]);
    expect(hardened.filter((f) => f.status !== "pass")).toEqual([]);
    // The private endpoints' DNS zone groups come over the wire (Microsoft.Network): the AI Services account's
    // endpoint links the cognitiveservices zone only.
    const dns = findingFor(report, "ai-service.private-dns-zone", "ai-services-vision-restricted");
    expect(dns?.status).toBe("fail");
    expect(dns?.message).toMatch(/ai-services-vision-pe lacks privatelink\.openai\.azure\.com/);
    expect(findingFor(report, "ai-service.private-dns-zone", "ai-openai-chat-public")?.messageId).toBe(
      "noPrivateEndpoint",
    );
  });

  it("turns AuthorizationFailed on a private endpoint's DNS zone groups into unknown plus a gap", async () => {
    const { report } = await scan({
      faults: {
        accessDenied: [
          { service: "azure-network", operation: "PrivateDnsZoneGroups_List", resource: "*/ai-openai-pe" },
        ],
      },
    });
    expect(report.errors).toEqual([
      expect.objectContaining({
        service: "network",
        operation: "PrivateDnsZoneGroups_List",
        resource: `/subscriptions/${PROD}/resourceGroups/ai-apps-rg/providers/Microsoft.CognitiveServices/accounts/ai-openai-hardened`,
        code: "AuthorizationFailed",
      }),
    ]);
    const dns = findingFor(report, "ai-service.private-dns-zone", "ai-openai-hardened");
    expect(dns?.status).toBe("unknown");
    expect(dns?.message).toMatch(/PrivateDnsZoneGroups_List failed: AuthorizationFailed/);
    expect(findingFor(report, "ai-service.private-dns-zone", "ai-services-vision-restricted")?.status).toBe(
      "fail",
    );
  });

  it("follows nextLink with a page size of 1 and gives the same verdicts", async () => {
    const clean = await scan();
    await clean.emulator.close();
    const paged = await scan({ pageSize: 1 });
    const calls = paged.emulator.calls();
    // Three accounts: three pages. Deployments: 2 + 1 pages, and one (empty) page for the AIServices account.
    expect(calls["azure-cognitive:Accounts_List"]).toBe(3);
    expect(calls["azure-cognitive:Deployments_List"]).toBe(2 + 1 + 1);
    expect(paged.report.errors).toEqual([]);
    expect(aiVerdicts(paged.report)).toEqual(aiVerdicts(clean.report));
  });

  it("turns AuthorizationFailed on one account's deployments into unknown plus a gap, never a pass", async () => {
    const { report } = await scan({
      faults: {
        accessDenied: [
          { service: "azure-cognitive", operation: "Deployments_List", resource: "*/ai-openai-hardened" },
        ],
      },
    });
    expect(report.errors).toEqual([
      expect.objectContaining({
        provider: "azure",
        account: PROD,
        service: "cognitive",
        operation: "Deployments_List",
        resource: `/subscriptions/${PROD}/resourceGroups/ai-apps-rg/providers/Microsoft.CognitiveServices/accounts/ai-openai-hardened`,
        code: "AuthorizationFailed",
      }),
    ]);
    const filter = findingFor(report, "ai-service.content-filter", "ai-openai-hardened");
    expect(filter?.status).toBe("unknown");
    expect(filter?.message).toMatch(/Deployments_List failed: AuthorizationFailed/);
    expect(findingFor(report, "ai-service.local-auth", "ai-openai-hardened")?.status).toBe("pass");
    expect(findingFor(report, "ai-service.content-filter", "ai-openai-chat-public")?.status).toBe("fail");
  });

  it("turns AuthorizationFailed on the account list into a gap and no ai-service verdicts", async () => {
    const { report } = await scan({
      faults: { accessDenied: [{ service: "azure-cognitive", operation: "Accounts_List" }] },
    });
    expect(report.errors.map((e) => `${e.service} ${e.operation} ${e.code}`)).toEqual([
      "cognitive Accounts_List AuthorizationFailed",
    ]);
    expect(aiVerdicts(report)).toEqual([]);
  });
});

describe("normalizeCognitiveAccount", () => {
  const record = (properties: Record<string, unknown>, kind = "OpenAI"): InventoryRecord => ({
    provider: "azure",
    account: PROD,
    region: "eastus",
    service: "cognitive",
    resourceType: "azure.cognitiveservices.account",
    resourceId: `/subscriptions/${PROD}/resourceGroups/g/providers/Microsoft.CognitiveServices/accounts/a`,
    name: "a",
    replies: { Accounts_List: { kind, properties }, Deployments_List: [] },
  });
  const read = <T>(r: InventoryRecord, op: string) => (r.replies[op] ?? null) as T | null;

  it.each([
    [{}, true, "public"],
    [
      { publicNetworkAccess: "Enabled", networkAcls: { defaultAction: "Allow", ipRules: [] } },
      true,
      "public",
    ],
    [{ networkAcls: { defaultAction: "Deny", ipRules: [{ value: "203.0.113.7" }] } }, false, "restricted"],
    [{ networkAcls: { defaultAction: "Deny", ipRules: [{ value: "0.0.0.0/0" }] } }, true, "public"],
    [{ publicNetworkAccess: "Disabled", networkAcls: { defaultAction: "Allow" } }, false, "private-endpoint"],
  ])("%j → public %s (%s)", (properties, isPublic, placement) => {
    const asset = normalizeCognitiveAccount(record(properties), read);
    expect(asset.exposure).toMatchObject({ public: isPublic });
    expect(asset.network).toMatchObject({ placement });
  });

  it("reads keySource Microsoft.KeyVault as a customer key and lists no deployments for other kinds", () => {
    const asset = normalizeCognitiveAccount(
      record(
        {
          encryption: {
            keySource: "Microsoft.KeyVault",
            keyVaultProperties: { keyName: "k", keyVaultUri: "https://v.vault.azure.net/" },
          },
        },
        "SpeechServices",
      ),
      read,
    );
    expect(asset.encryptionAtRest).toMatchObject({
      keyManager: "customer",
      keyId: "https://v.vault.azure.net/keys/k",
    });
    expect(asset.deployments).toEqual([]);
    expect(asset.serviceKind).toBe("SpeechServices");
  });
});
