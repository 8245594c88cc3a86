// Azure normalization as pure functions of inventory records (the SDK's reply shapes): the effective exposure
// of blob storage, unset-property defaults, and AI Search's network, authentication and CMK meanings.
import { describe, expect, it } from "vitest";
import { normalizeAzure } from "../../../providers/azure/normalize.js";
import type { SearchAsset } from "../../../src/model/assets/search.js";
import type { StorageAsset } from "../../../src/model/asset.js";
import { emptyInventory, type CollectionError, type InventoryRecord } from "../../../src/model/inventory.js";
import { isUnknown } from "../../../src/model/known.js";

const SUB = "11111111-1111-4111-8111-111111111111";
const ACCOUNT_ID = `/subscriptions/${SUB}/resourceGroups/ai-rg/providers/Microsoft.Storage/storageAccounts/aistore`;
const SEARCH_ID = `/subscriptions/${SUB}/resourceGroups/ai-rg/providers/Microsoft.Search/searchServices/ai-search`;

function storage(
  account: Record<string, unknown>,
  replies: Record<string, unknown> = {},
  errors: CollectionError[] = [],
): StorageAsset {
  const record: InventoryRecord = {
    provider: "azure",
    account: SUB,
    region: "eastus",
    service: "storage",
    resourceType: "azure.storage.account",
    resourceId: ACCOUNT_ID,
    name: "aistore",
    replies: {
      StorageAccounts_List: { id: ACCOUNT_ID, name: "aistore", enableHttpsTrafficOnly: true, ...account },
      BlobServices_GetServiceProperties: {
        isVersioningEnabled: true,
        deleteRetentionPolicy: { enabled: true, days: 7 },
      },
      BlobContainers_List: [],
      DiagnosticSettings_List: [],
      ...replies,
    },
  };
  const inventory = { ...emptyInventory(), records: [record], errors };
  return normalizeAzure(inventory).assets[0] as StorageAsset;
}

function search(service: Record<string, unknown>): SearchAsset {
  const record: InventoryRecord = {
    provider: "azure",
    account: SUB,
    region: "eastus",
    service: "search",
    resourceType: "azure.search.service",
    resourceId: SEARCH_ID,
    name: "ai-search",
    replies: {
      Services_ListBySubscription: { id: SEARCH_ID, name: "ai-search", ...service },
      DiagnosticSettings_List: [],
    },
  };
  return normalizeAzure({ ...emptyInventory(), records: [record] }).assets[0] as SearchAsset;
}

const containers = (...levels: string[]) => ({
  BlobContainers_List: levels.map((publicAccess, i) => ({ name: `c${i}`, publicAccess })),
});
const verdict = (v: unknown) => (isUnknown(v) ? "unknown" : (v as { public: boolean }).public);

describe("Azure storage exposure: allowBlobPublicAccess AND a public container AND an open network", () => {
  const open = { publicNetworkAccess: "Enabled", networkRuleSet: { defaultAction: "Allow" } };
  it.each([
    ["allowed + Container", { allowBlobPublicAccess: true, ...open }, ["Container"], true, true],
    ["allowed + Blob", { allowBlobPublicAccess: true, ...open }, ["None", "Blob"], true, true],
    ["unset (older accounts) + Blob", { ...open }, ["Blob"], true, true],
    [
      "disallowed masks a Container-level container",
      { allowBlobPublicAccess: false, ...open },
      ["Container"],
      false,
      false,
    ],
    ["allowed, containers private", { allowBlobPublicAccess: true, ...open }, ["None"], false, false],
    [
      "allowed + Blob, public network access disabled",
      { allowBlobPublicAccess: true, publicNetworkAccess: "Disabled" },
      ["Blob"],
      false,
      true,
    ],
    [
      "allowed + Blob, firewall denies by default",
      {
        allowBlobPublicAccess: true,
        networkRuleSet: { defaultAction: "Deny", ipRules: [{ iPAddressOrRange: "203.0.113.0/24" }] },
      },
      ["Blob"],
      false,
      true,
    ],
    [
      "allowed + Blob, firewall admits 0.0.0.0/0",
      {
        allowBlobPublicAccess: true,
        networkRuleSet: { defaultAction: "Deny", ipRules: [{ iPAddressOrRange: "0.0.0.0/0" }] },
      },
      ["Blob"],
      true,
      true,
    ],
  ])("%s", (_name, account, levels, read, acl) => {
    const asset = storage(account, containers(...levels));
    expect(verdict(asset.publicRead)).toBe(read);
    expect(verdict(asset.publicAcl)).toBe(acl);
    expect(asset.publicWrite).toMatchObject({ public: false });
  });

  it("says why: the container, its level, and the account setting", () => {
    const asset = storage({ allowBlobPublicAccess: true, ...open }, containers("Container"));
    expect(asset.publicRead).toEqual({
      public: true,
      reasons: [
        "container 'c0' allows anonymous read and list (Container) and the account allows public blob access",
      ],
    });
  });

  it("is unknown when containers could not be listed, unless the account setting already decides", () => {
    const denied: CollectionError[] = [
      {
        provider: "azure",
        account: SUB,
        service: "storage",
        operation: "BlobContainers_List",
        resource: ACCOUNT_ID.toUpperCase(), // ARM ids compare case-insensitively
        code: "AuthorizationFailed",
        message: "denied",
      },
    ];
    const allowed = storageWithout({ allowBlobPublicAccess: true, ...open }, "BlobContainers_List", denied);
    expect(isUnknown(allowed.publicRead) && allowed.publicRead.reason).toMatch(
      /BlobContainers_List failed: AuthorizationFailed/,
    );
    const disallowed = storageWithout({ allowBlobPublicAccess: false }, "BlobContainers_List", denied);
    expect(disallowed.publicRead).toMatchObject({ public: false });
    expect(disallowed.publicAcl).toMatchObject({ public: false });
  });
});

function storageWithout(account: Record<string, unknown>, operation: string, errors: CollectionError[]) {
  const asset = storage(account, {}, errors);
  const record: InventoryRecord = {
    provider: "azure",
    account: SUB,
    region: "eastus",
    service: "storage",
    resourceType: "azure.storage.account",
    resourceId: ACCOUNT_ID,
    name: "aistore",
    replies: { ...(asset.raw as Record<string, unknown>) },
  };
  delete record.replies[operation];
  return normalizeAzure({ ...emptyInventory(), records: [record], errors }).assets[0] as StorageAsset;
}

describe("Azure storage settings", () => {
  it("reads unset properties with ARM's documented defaults", () => {
    const asset = storage({});
    expect(asset.minimumTlsVersion).toBe("1.0");
    expect(asset.sharedKeyAccess).toMatchObject({ allowed: true });
    expect(asset.publicAccessPrevention).toMatchObject({ enforced: false });
    expect(asset.encryptionAtRest).toMatchObject({ enabled: true, keyManager: "provider" });
    expect(asset.infrastructureEncryption).toEqual({ enabled: false });
    expect(asset.networkExposure).toMatchObject({ public: true });
  });

  it("treats a missing HTTPS-only flag as unknown, not as off", () => {
    const asset = storage({ enableHttpsTrafficOnly: undefined });
    expect(isUnknown(asset.tlsOnly)).toBe(true);
  });

  it("names the Key Vault key of a customer-managed key", () => {
    const asset = storage({
      encryption: {
        keySource: "Microsoft.Keyvault",
        requireInfrastructureEncryption: true,
        keyVaultProperties: { keyName: "k1", keyVaultUri: "https://kv.vault.azure.net/", keyVersion: "v2" },
      },
    });
    expect(asset.encryptionAtRest).toEqual({
      enabled: true,
      keyManager: "customer",
      algorithm: "AES-256 (Key Vault key)",
      keyId: "https://kv.vault.azure.net/keys/k1/v2",
    });
    expect(asset.infrastructureEncryption).toEqual({ enabled: true });
  });

  it.each([
    [
      "audit category group to a workspace",
      [{ name: "a", properties: { workspaceId: "/w", logs: [{ categoryGroup: "audit", enabled: true }] } }],
      true,
    ],
    [
      "StorageRead to a storage account",
      [
        {
          name: "a",
          properties: { storageAccountId: "/s", logs: [{ category: "StorageRead", enabled: true }] },
        },
      ],
      true,
    ],
    ["metrics only", [{ name: "a", properties: { workspaceId: "/w", logs: [] } }], false],
    [
      "logs disabled",
      [{ name: "a", properties: { workspaceId: "/w", logs: [{ category: "StorageRead", enabled: false }] } }],
      false,
    ],
    [
      "no destination",
      [{ name: "a", properties: { logs: [{ category: "StorageRead", enabled: true }] } }],
      false,
    ],
    ["no settings", [], false],
  ])("access logging: %s", (_name, settings, enabled) => {
    const asset = storage({}, { DiagnosticSettings_List: settings });
    expect(asset.accessLogging).toMatchObject({ enabled });
  });

  it("makes versioning and soft delete unknown, with the error, when the blob service was not read", () => {
    const errors: CollectionError[] = [
      {
        provider: "azure",
        account: SUB,
        service: "storage",
        operation: "BlobServices_GetServiceProperties",
        resource: ACCOUNT_ID,
        code: "AuthorizationFailed",
        message: "denied",
      },
    ];
    const asset = storageWithout({}, "BlobServices_GetServiceProperties", errors);
    for (const value of [asset.versioning, asset.softDelete])
      expect(isUnknown(value) && value.reason).toBe(
        "BlobServices_GetServiceProperties failed: AuthorizationFailed",
      );
  });

  it("takes the data classification from ARM tags", () => {
    expect(storage({ tags: { "Data-Classification": "PHI" } }).dataClassification).toBe("phi");
  });
});

describe("Azure AI Search", () => {
  it.each([
    ["enabled, no IP rule", { publicNetworkAccess: "enabled" }, true],
    [
      "Enabled (any case), no IP rule",
      { publicNetworkAccess: "Enabled", networkRuleSet: { ipRules: [] } },
      true,
    ],
    [
      "enabled, IP rules",
      { publicNetworkAccess: "enabled", networkRuleSet: { ipRules: [{ value: "203.0.113.7" }] } },
      false,
    ],
    [
      "enabled, 0.0.0.0/0",
      { publicNetworkAccess: "enabled", networkRuleSet: { ipRules: [{ value: "0.0.0.0/0" }] } },
      true,
    ],
    ["disabled", { publicNetworkAccess: "disabled" }, false],
    ["securedByPerimeter", { publicNetworkAccess: "securedByPerimeter" }, false],
  ])("exposure: %s", (_name, service, expected) => {
    expect(verdict(search(service).exposure)).toBe(expected);
  });

  it("counts only approved private endpoints, and is private-endpoint placed only without public access", () => {
    const pe = (status: string) => ({ properties: { privateLinkServiceConnectionState: { status } } });
    const open = search({
      publicNetworkAccess: "enabled",
      privateEndpointConnections: [pe("Approved"), pe("Pending")],
    });
    expect(open.network).toMatchObject({ placement: "public", privateEndpoints: 1 });
    const closed = search({ publicNetworkAccess: "disabled", privateEndpointConnections: [pe("Approved")] });
    expect(closed.network).toMatchObject({ placement: "private-endpoint", privateEndpoints: 1 });
  });

  it.each([
    ["default: API keys only", {}, ["api-key"], false],
    [
      "aadOrApiKey: both",
      { authOptions: { aadOrApiKey: { aadAuthFailureMode: "http403" } } },
      ["api-key", "entra-id"],
      true,
    ],
    ["disableLocalAuth: Entra ID only", { disableLocalAuth: true }, ["entra-id"], true],
  ])("authentication: %s", (_name, service, providers, rbac) => {
    expect(search(service).authentication).toMatchObject({
      identityProviders: providers,
      fineGrainedAccessControl: rbac,
      anonymousAuth: false,
    });
  });

  it.each([
    [
      "enforced and compliant",
      { enforcement: "Enabled", encryptionComplianceStatus: "Compliant" },
      "customer",
    ],
    [
      "enforced, non-compliant objects",
      { enforcement: "Enabled", encryptionComplianceStatus: "NonCompliant" },
      "provider",
    ],
    ["unspecified", { enforcement: "Unspecified" }, "provider"],
  ])("customer-managed keys: %s", (_name, encryptionWithCmk, keyManager) => {
    expect(search({ encryptionWithCmk }).encryptionAtRest).toMatchObject({ enabled: true, keyManager });
  });

  it("keeps the SKU for the free-tier check and OperationLogs as the audit log", () => {
    const asset = search({ sku: { name: "free" } });
    expect(asset.sku).toBe("free");
    expect(asset.logging).toEqual({ audit: { enabled: false }, error: { enabled: false } });
  });
});
