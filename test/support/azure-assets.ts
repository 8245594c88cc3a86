// Builders for Azure assets as the Azure normalizers produce them: a storage account and an AI Search service
// that pass every check, to be overridden one property at a time.
import type { SearchAsset } from "../../src/model/assets/search.js";
import type { StorageAsset } from "../../src/model/asset.js";
import { unknown } from "../../src/model/known.js";

export const SUBSCRIPTION = "6f1a0c2e-5d4b-4c3a-9e8f-0a1b2c3d4e5f";
export const AUTHORIZATION_FAILED = unknown("BlobServices_GetServiceProperties failed: AuthorizationFailed");

export function azureStorageAsset(overrides: Partial<StorageAsset> = {}): StorageAsset {
  return {
    id: `/subscriptions/${SUBSCRIPTION}/resourceGroups/ai-rg/providers/Microsoft.Storage/storageAccounts/aistore`,
    provider: "azure",
    account: SUBSCRIPTION,
    region: "eastus",
    kind: "storage",
    type: "azure.storage.account",
    name: "aistore",
    tags: {},
    relations: [],
    raw: {},
    publicRead: { public: false, reasons: ["no container allows anonymous access"] },
    publicWrite: { public: false, reasons: ["Azure Blob anonymous access is read-only"] },
    publicAcl: { public: false, reasons: ["no container allows anonymous access"] },
    publicAccessPrevention: {
      enforced: true,
      settings: { allowBlobPublicAccess: false },
      detail: "disallowed",
    },
    encryptionAtRest: { enabled: true, keyManager: "customer", algorithm: "AES-256 (Key Vault key)" },
    tlsOnly: { enforced: true, detail: "supportsHttpsTrafficOnly is true" },
    accessLogging: { enabled: true, target: "/workspaces/ai-logs" },
    versioning: { enabled: true, detail: "blob versioning enabled" },
    networkExposure: { public: false, detail: "public network access is disabled" },
    sharedKeyAccess: { allowed: false, detail: "allowSharedKeyAccess is false" },
    minimumTlsVersion: "1.2",
    infrastructureEncryption: { enabled: true },
    softDelete: {
      enabled: true,
      retentionDays: 14,
      detail: "blob soft delete keeps deleted blobs for 14 days",
    },
    ...overrides,
  };
}

export function azureSearchAsset(overrides: Partial<SearchAsset> = {}): SearchAsset {
  return {
    id: `/subscriptions/${SUBSCRIPTION}/resourceGroups/ai-rg/providers/Microsoft.Search/searchServices/ai-search`,
    provider: "azure",
    account: SUBSCRIPTION,
    region: "eastus",
    kind: "search",
    type: "azure.search.service",
    name: "ai-search",
    tags: {},
    relations: [],
    raw: {},
    sku: "standard",
    exposure: { public: false, reasons: ["public network access is disabled: private endpoints only"] },
    network: {
      placement: "private-endpoint",
      privateEndpoints: 1,
      publicNetworkAccess: "disabled",
      detail: "1 approved private endpoint",
    },
    encryptionAtRest: {
      enabled: true,
      keyManager: "customer",
      algorithm: "AES-256 (customer-managed keys enforced)",
    },
    nodeToNodeEncryption: unknown("not reported by Azure"),
    transport: { httpsEnforced: true, minimumTlsVersion: "1.2" },
    authentication: {
      fineGrainedAccessControl: true,
      internalUserDatabase: false,
      anonymousAuth: false,
      identityProviders: ["entra-id"],
      detail: "API keys are disabled (disableLocalAuth true)",
    },
    logging: { audit: { enabled: true, destination: "/workspaces/ai-logs" }, error: { enabled: true } },
    pendingUpdate: { pending: false, detail: "patched by Microsoft" },
    cluster: unknown("Azure AI Search has replicas and partitions, not data and dedicated master nodes"),
    ...overrides,
  };
}
