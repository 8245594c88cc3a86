// The Azure collectors through the real Azure SDK clients (arm-resources-subscriptions, arm-storage, arm-search,
// core-rest-pipeline) against the emulated Resource Manager over HTTPS: nextLink paging, 429 with Retry-After,
// AuthorizationFailed on a subscription or on one resource, a missing api-version, a malformed reply, the
// throw-away certificate trusted for the ARM clients only, and the read-only guard.
import { mkdtempSync } from "node:fs";
import { get } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { StorageManagementClient } from "@azure/arm-storage";
import pLimit from "p-limit";
import { afterEach, describe, expect, it } from "vitest";
import { ALL_CHECKS } from "../../../checks/index.js";
import { startEmulator, type Emulator } from "../../../mocks/index.js";
import { openArmConnection } from "../../../providers/azure/clients.js";
import { EMULATOR_CREDENTIAL } from "../../../providers/azure/credential.js";
import { UnlistedOperationError } from "../../../providers/azure/guard.js";
import { azureProvider } from "../../../providers/azure/index.js";
import { AZURE_OPERATIONS } from "../../../providers/azure/operations.js";
import { AzureReader } from "../../../providers/azure/reader.js";
import { DEMO_ESTATE } from "../../../cli/commands/demo.js";
import { loadInventory, saveInventory } from "../../../src/engine/inventory-file.js";
import { assess } from "../../../src/engine/scan.js";
import type { Report } from "../../../src/model/finding.js";
import type { CollectionError } from "../../../src/model/inventory.js";
import { findingFor, verdicts } from "../../support/scan.js";
import { collectWith, type MergedOptions } from "../../support/collect.js";

const PROD = "6f1a0c2e-5d4b-4c3a-9e8f-0a1b2c3d4e5f";
const SANDBOX = "8a7b6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c5d";
const CLINICAL = `/subscriptions/${PROD}/resourceGroups/ai-clinical-rg/providers/Microsoft.Storage/storageAccounts/aiclinicalnotesphi`;

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

type StartOptions = Partial<Parameters<typeof startEmulator>[0]>;

async function azureScan(start: StartOptions = {}, collect: Partial<MergedOptions> = {}) {
  emulator = await startEmulator({ estate: DEMO_ESTATE, ...start });
  const inventory = await collectWith([azureProvider], {
    concurrency: 8,
    maxAttempts: 4,
    azureEndpoint: emulator.azureEndpoint,
    azureCaCertificate: emulator.azureCaCertificate,
    ...collect,
  });
  const { report } = assess(inventory, [azureProvider], ALL_CHECKS, new Date().toISOString(), "test");
  return { report, inventory, emulator };
}

const azureVerdicts = (report: Report, subscription?: string) =>
  verdicts({
    ...report,
    findings: report.findings.filter(
      (f) => f.provider === "azure" && (!subscription || f.account === subscription),
    ),
  });

/** "azure-storage:BlobContainers_List" → the listed operation it is, if any. */
function listed(key: string) {
  const operation = key.split(":")[1];
  return AZURE_OPERATIONS.find((op) => op.operation === operation);
}

describe("Azure over the wire", () => {
  it("reads both subscriptions with listed reads only; the planted cases come out and hardened twins pass", async () => {
    const { report, emulator: emu } = await azureScan();
    expect(report.errors).toEqual([]);
    expect(emu.writesAttempted()).toEqual([]);
    const calls = emu.calls();
    expect(Object.keys(calls).filter((key) => !listed(key))).toEqual([]);
    // One blob-service read, one container list and one diagnostic-settings read per account (7 in the demo).
    expect(calls["azure-storage:BlobServices_GetServiceProperties"]).toBe(7);
    expect(calls["azure-storage:BlobContainers_List"]).toBe(7);
    expect(report.scopes.map((s) => s.account).sort()).toEqual([PROD, SANDBOX].sort());

    expect(findingFor(report, "storage.public-read", "aiclinicalnotesphi")).toMatchObject({
      status: "fail",
      severity: "critical",
    });
    expect(findingFor(report, "storage.public-read", "aisandboxlegacy")?.message).toMatch(
      /allowBlobPublicAccess is not set/,
    );
    // The static website (read from the blob service's ARM properties) serves '$web' despite the account setting.
    expect(findingFor(report, "storage.public-read", "aimodelcardsweb")?.message).toMatch(
      /static website is enabled .*'\$web' is served anonymously/,
    );
    // A Blob-level container masked by allowBlobPublicAccess false is neither public nor a public ACL.
    expect(findingFor(report, "storage.public-read", "aiscratchnologs")?.status).toBe("pass");
    expect(findingFor(report, "storage.public-acl", "aiscratchnologs")?.status).toBe("pass");
    expect(findingFor(report, "storage.shared-key-access", "aimodelsharedkey")?.status).toBe("fail");
    expect(findingFor(report, "storage.public-network-access", "aimodelsharedkey")?.status).toBe("pass");
    expect(findingFor(report, "storage.min-tls-version", "aifeaturesnotls")?.status).toBe("fail");
    expect(findingFor(report, "search.public-access", "ai-rag-search-public")?.status).toBe("fail");
    expect(findingFor(report, "search.public-access", "ai-free-sandbox")?.status).toBe("pass");
    expect(findingFor(report, "search.free-sku", "ai-free-sandbox")?.status).toBe("fail");
    // Shared private links come from their own list: the indexer's route to the clinical notes is pending.
    expect(
      findingFor(report, "search.shared-private-link-approved", "ai-rag-search-public")?.message,
    ).toMatch(/clinical-notes-blob to .*aiclinicalnotesphi \(blob\) is Pending/);
    expect(findingFor(report, "search.private-dns-zone", "ai-search-hardened")?.messageId).toBe("resolved");
    const hardened = report.findings.filter((f) => f.resource.name.includes("hardened"));
    expect(new Set(hardened.map((f) => f.resource.name))).toEqual(
      new Set([
        "aihardenedstore",
        "ai-search-hardened",
        "ai-openai-hardened",
        "ai-ml-hardened",
        "ai-ml-hardened (connections)",
        "scoring-hardened",
        "ci-hardened",
      ]),
    );
    expect(hardened.filter((f) => f.status !== "pass")).toEqual([]);
  });

  it("follows nextLink with a page size of 1 and gives the same verdicts", async () => {
    const clean = await azureScan();
    await clean.emulator.close();
    const paged = await azureScan({ pageSize: 1 });
    const calls = paged.emulator.calls();
    expect(calls["azure-resources:Subscriptions_List"]).toBe(2);
    // Six accounts in one subscription and one in the other: 6 + 1 pages.
    expect(calls["azure-storage:StorageAccounts_List"]).toBe(7);
    // Containers per account (2, 0, 1, 1, 2, 2, 1), one page each, and a single page for an empty list.
    expect(calls["azure-storage:BlobContainers_List"]).toBe(10);
    expect(calls["azure-search:Services_ListBySubscription"]).toBe(3 + 1);
    expect(paged.report.errors).toEqual([]);
    expect(azureVerdicts(paged.report)).toEqual(azureVerdicts(clean.report));
  });

  it("retries 429 TooManyRequests through the SDK's retry policy and gives the same verdicts", async () => {
    const clean = await azureScan();
    await clean.emulator.close();
    const stormy = await azureScan({
      faults: {
        throttle: [
          {
            service: "azure-storage",
            operation: "BlobContainers_List",
            resource: "*/aiclinicalnotesphi",
            firstAttempts: 2,
            retryAfterSeconds: 0,
          },
          {
            service: "azure-resources",
            operation: "Subscriptions_List",
            firstAttempts: 1,
            retryAfterSeconds: 0,
          },
          { service: "azure-search", operation: "*", firstAttempts: 1, retryAfterSeconds: 0 },
        ],
      },
    });
    expect(stormy.report.errors).toEqual([]);
    expect(azureVerdicts(stormy.report)).toEqual(azureVerdicts(clean.report));
    const total = (e: Emulator) => Object.values(e.calls()).reduce((a, b) => a + b, 0);
    // 2 on one container list, 1 on the subscription list, 1 per search call (2 listings and 3 shared private
    // link lists; the diagnostic and DNS zone group reads do not match: they are azure-monitor and
    // azure-network), so 2 + 1 + 5.
    expect(total(stormy.emulator)).toBe(total(clean.emulator) + 8);
  });

  it("waits as long as Retry-After says before retrying", async () => {
    const started = Date.now();
    const { report } = await azureScan({
      faults: {
        throttle: [
          {
            service: "azure-resources",
            operation: "Subscriptions_List",
            firstAttempts: 1,
            retryAfterSeconds: 2,
          },
        ],
      },
    });
    expect(report.errors).toEqual([]);
    // The SDK's exponential fallback would retry after ~0.8 s; only honouring Retry-After takes 2 s.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
  });

  it("turns AuthorizationFailed on a whole subscription into gaps for it alone", async () => {
    const clean = await azureScan();
    await clean.emulator.close();
    const { report } = await azureScan({
      faults: { accessDenied: [{ service: "azure-*", resource: `/subscriptions/${SANDBOX}*` }] },
    });
    expect(report.errors.map((e) => `${e.account} ${e.service} ${e.operation} ${e.code}`).sort()).toEqual([
      `${SANDBOX} cognitive Accounts_List AuthorizationFailed`,
      `${SANDBOX} defender Alerts_List AuthorizationFailed`,
      `${SANDBOX} defender Assessments_List AuthorizationFailed`,
      `${SANDBOX} defender Pricings_List AuthorizationFailed`,
      `${SANDBOX} machinelearning Workspaces_ListBySubscription AuthorizationFailed`,
      `${SANDBOX} search Services_ListBySubscription AuthorizationFailed`,
      `${SANDBOX} storage StorageAccounts_List AuthorizationFailed`,
    ]);
    expect(report.findings.filter((f) => f.account === SANDBOX)).toEqual([]);
    expect(report.scopes.map((s) => s.account)).toContain(SANDBOX);
    expect(azureVerdicts(report, PROD)).toEqual(azureVerdicts(clean.report, PROD));
  });

  it("turns AuthorizationFailed on one account's containers into unknown plus a gap, never a pass", async () => {
    const { report } = await azureScan({
      faults: {
        accessDenied: [
          { service: "azure-storage", operation: "BlobContainers_List", resource: "*/aiclinicalnotesphi" },
        ],
      },
    });
    expect(report.errors).toEqual([
      expect.objectContaining<Partial<CollectionError>>({
        provider: "azure",
        account: PROD,
        region: "eastus",
        service: "storage",
        operation: "BlobContainers_List",
        resource: CLINICAL,
        code: "AuthorizationFailed",
      }),
    ]);
    const read = findingFor(report, "storage.public-read", "aiclinicalnotesphi");
    expect(read?.status).toBe("unknown");
    expect(read?.message).toMatch(/BlobContainers_List failed: AuthorizationFailed/);
    expect(findingFor(report, "storage.public-acl", "aiclinicalnotesphi")?.status).toBe("unknown");
    // Other reads of the same account, and other accounts, are unaffected.
    expect(findingFor(report, "storage.versioning", "aiclinicalnotesphi")?.status).toBe("pass");
    expect(findingFor(report, "storage.public-access-prevention", "aiclinicalnotesphi")?.status).toBe("fail");
    expect(findingFor(report, "storage.public-read", "aisandboxlegacy")?.status).toBe("fail");
  });

  it("records a malformed reply as an error for that read and goes on", async () => {
    const { report } = await azureScan({
      faults: {
        malformed: [
          {
            service: "azure-storage",
            operation: "BlobServices_GetServiceProperties",
            resource: "*/aihardenedstore",
          },
        ],
      },
    });
    expect(report.errors.map((e) => `${e.operation} ${e.resource?.split("/").pop()}`)).toEqual([
      "BlobServices_GetServiceProperties aihardenedstore",
    ]);
    expect(findingFor(report, "storage.soft-delete", "aihardenedstore")?.status).toBe("unknown");
    expect(findingFor(report, "storage.versioning", "aihardenedstore")?.status).toBe("unknown");
    expect(findingFor(report, "storage.public-read", "aihardenedstore")?.status).toBe("pass");
  });

  it("re-evaluates a saved inventory offline to the same verdicts (replies are plain JSON)", async () => {
    const { report, inventory } = await azureScan();
    const path = join(mkdtempSync(join(tmpdir(), "aiposture-azure-inv-")), "inventory.json");
    saveInventory(path, inventory);
    const offline = assess(
      loadInventory(path),
      [azureProvider],
      ALL_CHECKS,
      new Date().toISOString(),
      "test",
    );
    expect(azureVerdicts(offline.report)).toEqual(azureVerdicts(report));
  });

  it("reads only the subscriptions asked for, without listing subscriptions", async () => {
    const { report, emulator: emu } = await azureScan({}, { subscriptions: [SANDBOX] });
    expect(emu.calls()["azure-resources:Subscriptions_List"]).toBeUndefined();
    expect(new Set(report.findings.map((f) => f.account))).toEqual(new Set([SANDBOX]));
  });

  it("answers a request without api-version with 400 MissingApiVersionParameter", async () => {
    emulator = await startEmulator({ estate: DEMO_ESTATE });
    const ca = emulator.azureCaCertificate;
    const fetchArm = (path: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        get(`${emulator!.azureEndpoint}${path}`, { ca, headers: { authorization: "Bearer test" } }, (res) => {
          let body = "";
          res.on("data", (chunk: Buffer) => (body += chunk.toString()));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
        }).on("error", reject);
      });
    const missing = await fetchArm(`/subscriptions/${PROD}/providers/Microsoft.Storage/storageAccounts`);
    expect(missing.status).toBe(400);
    expect(JSON.parse(missing.body)).toEqual({
      error: {
        code: "MissingApiVersionParameter",
        message: "The api-version query parameter (?api-version=) is required for all requests.",
      },
    });
    const bad = await fetchArm(`/subscriptions?api-version=latest`);
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.code).toBe("InvalidApiVersionParameter");
  });

  it("trusts the emulator's certificate only when it is given, and only for the ARM clients", async () => {
    emulator = await startEmulator({ estate: DEMO_ESTATE });
    const inventory = await collectWith([azureProvider], {
      concurrency: 2,
      maxAttempts: 1,
      azureEndpoint: emulator.azureEndpoint,
    });
    expect(inventory.records).toEqual([]);
    expect(inventory.errors).toEqual([
      expect.objectContaining({ operation: "Subscriptions_List", code: expect.stringMatching(/CERT/) }),
    ]);
    // Nothing process-wide: a plain request without the CA is still refused after a scan that had it.
    await collectWith([azureProvider], {
      concurrency: 2,
      maxAttempts: 1,
      azureEndpoint: emulator.azureEndpoint,
      azureCaCertificate: emulator.azureCaCertificate,
    });
    const plain = await new Promise<string>((resolve) => {
      get(`${emulator!.azureEndpoint}/subscriptions?api-version=2022-12-01`, (res) =>
        resolve(String(res.statusCode)),
      ).on("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? "error"));
    });
    expect(plain).toMatch(/CERT/);
  });

  it("refuses, before the wire, any ARM request that is not the listed read the reader runs", async () => {
    emulator = await startEmulator({ estate: DEMO_ESTATE });
    const arm = openArmConnection({
      concurrency: 1,
      maxAttempts: 1,
      azureEndpoint: emulator.azureEndpoint,
      azureCaCertificate: emulator.azureCaCertificate,
    });
    try {
      expect(arm.credential).toBe(EMULATOR_CREDENTIAL);
      const client = new StorageManagementClient(arm.credential, PROD, arm.clientOptions);
      // listKeys is a POST that returns secrets: never listed, never sent.
      await expect(
        client.storageAccounts.listKeys("ai-clinical-rg", "aiclinicalnotesphi"),
      ).rejects.toBeInstanceOf(UnlistedOperationError);
      // A listed read called outside the reader is refused too, and so is a read run under another operation.
      await expect(
        client.blobServices.getServiceProperties("ai-clinical-rg", "aiclinicalnotesphi"),
      ).rejects.toThrow(/inside AzureReader/);
      const errors: CollectionError[] = [];
      const reader = new AzureReader(pLimit(1), errors, AZURE_OPERATIONS);
      await expect(
        reader.get("storage", "BlobContainers_List", { subscription: PROD }, () =>
          client.blobServices.getServiceProperties("ai-clinical-rg", "aiclinicalnotesphi"),
        ),
      ).rejects.toThrow(/GET \S+blobServices\/default is not BlobContainers_List/);
      await expect(
        reader.get("storage", "StorageAccounts_ListKeys", { subscription: PROD }, async () => 1),
      ).rejects.toThrow(/not in the list of read operations/);
      expect(errors).toEqual([]);
      expect(emulator.calls()).toEqual({});
      expect(emulator.writesAttempted()).toEqual([]);
    } finally {
      arm.close();
    }
  });
});
