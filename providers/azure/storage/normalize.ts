import type { BlobServiceProperties, ListContainerItem, StorageAccount } from "@azure/arm-storage";
import type { EncryptionAtRest, PublicAccessPrevention, StorageAsset } from "../../../src/model/asset.js";
import type { StorageNetworkExposure } from "../../../src/model/assets/storage-controls.js";
import { classificationFromTags } from "../../../src/model/classification.js";
import { isUnknown, type Known } from "../../../src/model/known.js";
import type { InventoryRecord } from "../../../src/model/inventory.js";
import { andKnown, anyRouteOpen, type Signal } from "../../../src/model/signals.js";
import { logDestination, type DiagnosticSetting } from "../monitor/diagnostic-settings.js";
import type { AzureReplyReader } from "../replies.js";
import { STORAGE_ACCOUNT_TYPE } from "./collect.js";

/** Blob logs that record who read and changed data (or a category group containing them). */
const ACCESS_LOG_CATEGORIES = ["StorageRead", "StorageWrite", "StorageDelete"];

/**
 * One storage account's replies → a storage asset with the same meaning as an S3 bucket's: anonymous read needs
 * the account to allow public blob access AND a container to ask for it (Blob, or Container which also lets
 * anyone list), AND the endpoint to be reachable from the internet. Anonymous access on Azure is read-only.
 */
export function normalizeStorageAccount(record: InventoryRecord, read: AzureReplyReader): StorageAsset {
  const account = (record.replies.StorageAccounts_List ?? {}) as StorageAccount;
  const containers = read<ListContainerItem[]>(record, "BlobContainers_List");
  const blobService = read<BlobServiceProperties>(record, "BlobServices_GetServiceProperties");
  const diagnostics = read<DiagnosticSetting[]>(record, "DiagnosticSettings_List");
  const tags = account.tags ?? {};
  const allowed = publicBlobAccessAllowed(account);
  const network = networkExposure(account);

  const containerRoutes = (withNetwork: boolean): Signal[] => {
    const networkOpen: Known<boolean> = withNetwork ? network.public : true;
    const networkNote = withNetwork && !network.public ? `, but ${network.detail}` : "";
    if (isUnknown(containers)) {
      // Disallowing public blob access masks every container, so the verdict does not need them.
      const open = andKnown(andKnown(allowed.value, containers), networkOpen);
      const decidedBy = allowed.value === false ? allowed.detail : network.detail;
      return [{ open, reason: open === false ? decidedBy : `containers: ${containers.reason}` }];
    }
    const open = (containers ?? []).filter(
      (c) => c.publicAccess === "Blob" || c.publicAccess === "Container",
    );
    if (open.length === 0) return [{ open: false, reason: "no container allows anonymous access" }];
    return open.map((c) => {
      const level = c.publicAccess === "Container" ? "read and list (Container)" : "read (Blob)";
      const grant = `container '${c.name}' allows anonymous ${level}`;
      const masked = allowed.value === false;
      return {
        open: andKnown(allowed.value, networkOpen),
        reason: masked ? `${grant}, but ${allowed.detail}` : `${grant} and ${allowed.detail}${networkNote}`,
      };
    });
  };

  const asset: StorageAsset = {
    id: record.resourceId,
    provider: "azure",
    account: record.account,
    region: record.region,
    kind: "storage",
    type: STORAGE_ACCOUNT_TYPE,
    name: record.name,
    tags,
    relations: [],
    raw: record.replies,
    publicRead: anyRouteOpen([
      ...containerRoutes(true),
      ...staticWebsiteRoutes(blobService, containers, network),
    ]),
    publicWrite: {
      public: false,
      reasons: ["Azure Blob anonymous access is read-only: writes always need a key, a SAS or Entra ID"],
    },
    publicAcl: anyRouteOpen(containerRoutes(false)),
    publicAccessPrevention: prevention(account),
    encryptionAtRest: encryption(account),
    tlsOnly:
      account.enableHttpsTrafficOnly === undefined
        ? { unknown: true, reason: "supportsHttpsTrafficOnly is not in the storage account reply" }
        : {
            enforced: account.enableHttpsTrafficOnly,
            detail: account.enableHttpsTrafficOnly
              ? "supportsHttpsTrafficOnly is true: plain-HTTP requests are refused"
              : "supportsHttpsTrafficOnly is false",
          },
    accessLogging: isUnknown(diagnostics)
      ? diagnostics
      : logDestination(diagnostics ?? [], ACCESS_LOG_CATEGORIES),
    versioning: isUnknown(blobService)
      ? blobService
      : {
          enabled: blobService?.isVersioningEnabled === true,
          detail: `blob versioning ${blobService?.isVersioningEnabled ? "enabled" : "not enabled"}`,
        },
    networkExposure: network,
    sharedKeyAccess: {
      // null (never set) is documented as equivalent to true.
      allowed: account.allowSharedKeyAccess !== false,
      detail:
        account.allowSharedKeyAccess === false
          ? "allowSharedKeyAccess is false: requests must use Entra ID"
          : `allowSharedKeyAccess is ${account.allowSharedKeyAccess === true ? "true" : "not set (equivalent to true)"}: account keys and SAS signed with them are accepted`,
    },
    // ARM's documented default interpretation when unset is TLS 1.0.
    minimumTlsVersion: (account.minimumTlsVersion ?? "TLS1_0").replace(/^TLS(\d)_(\d)$/, "$1.$2"),
    infrastructureEncryption: { enabled: account.encryption?.requireInfrastructureEncryption === true },
    softDelete: isUnknown(blobService) ? blobService : softDelete(blobService),
    immutability: immutability(account, containers),
  };
  const classification = classificationFromTags(tags);
  if (classification) asset.dataClassification = classification;
  return asset;
}

/**
 * A static website serves the `$web` container anonymously from the account's web endpoint whatever
 * allowBlobPublicAccess and the container's own access level say ("Static website hosting in Azure Storage":
 * the public access level of `$web` applies to the blob endpoint only). The storage firewall still applies.
 * Enabling the website creates `$web`, so when the blob service's properties cannot be read, an account without
 * that container serves nothing, and one with it may.
 */
function staticWebsiteRoutes(
  blobService: Known<BlobServiceProperties | null>,
  containers: Known<ListContainerItem[] | null>,
  network: StorageNetworkExposure,
): Signal[] {
  if (isUnknown(blobService)) {
    const hasWeb = isUnknown(containers) ? containers : (containers ?? []).some((c) => c.name === "$web");
    if (hasWeb === false) return [];
    if (!network.public)
      return [{ open: false, reason: `a static website may serve '$web', but ${network.detail}` }];
    const reason = `whether a static website serves '$web' could not be read (${blobService.reason})`;
    return [{ open: { unknown: true, reason }, reason }];
  }
  const website = blobService?.staticWebsite;
  if (website?.enabled !== true) return [];
  const networkNote = network.public ? "" : `, but ${network.detail}`;
  const index = website.indexDocument ? ` (index '${website.indexDocument}')` : "";
  return [
    {
      open: network.public,
      reason: `a static website is enabled${index}: container '$web' is served anonymously from the web endpoint whatever allowBlobPublicAccess says${networkNote}`,
    },
  ];
}

/** allowBlobPublicAccess: false disallows; true allows; unset (older accounts) allows where a container asks. */
function publicBlobAccessAllowed(account: StorageAccount): { value: boolean; detail: string } {
  if (account.allowBlobPublicAccess === false)
    return { value: false, detail: "the account disallows public blob access (allowBlobPublicAccess false)" };
  if (account.allowBlobPublicAccess === true)
    return { value: true, detail: "the account allows public blob access" };
  return {
    value: true,
    detail:
      "allowBlobPublicAccess is not set, which leaves public blob access allowed on accounts that predate it",
  };
}

/**
 * The endpoint is reachable from the whole internet when public network access is not disabled (nor handed to
 * a network security perimeter) and the firewall's default action is Allow; IP rules only add to a Deny default.
 */
function networkExposure(account: StorageAccount): StorageNetworkExposure {
  const access = account.publicNetworkAccess;
  if (access === "Disabled")
    return { public: false, detail: "public network access is disabled (private endpoints only)" };
  if (access === "SecuredByPerimeter")
    return { public: false, detail: "public network access is governed by a network security perimeter" };
  const rules = account.networkRuleSet;
  const accessText =
    access === "Enabled" ? "public network access is enabled" : "public network access is not set";
  if (!rules || rules.defaultAction === "Allow")
    return { public: true, detail: `${accessText} and the firewall allows every network by default` };
  const ipRules = rules.ipRules ?? [];
  const vnets = rules.virtualNetworkRules ?? [];
  const everywhere = ipRules.find((r) => /^0\.0\.0\.0\/0$/.test(r.iPAddressOrRange));
  if (everywhere) return { public: true, detail: `${accessText} and an IP rule admits 0.0.0.0/0` };
  return {
    public: false,
    detail: `the firewall denies by default and admits ${ipRules.length} IP range(s) and ${vnets.length} virtual network rule(s)`,
  };
}

function prevention(account: StorageAccount): PublicAccessPrevention {
  const enforced = account.allowBlobPublicAccess === false;
  return {
    enforced,
    settings: { allowBlobPublicAccess: account.allowBlobPublicAccess ?? true },
    detail: enforced
      ? "public blob access is disallowed for the whole account (allowBlobPublicAccess false)"
      : `public blob access is not disallowed (allowBlobPublicAccess ${account.allowBlobPublicAccess === true ? "true" : "not set"}): any container can be made public`,
  };
}

/** Azure Storage always encrypts at rest (AES-256); Microsoft.Keyvault means a customer-managed key. */
function encryption(account: StorageAccount): EncryptionAtRest {
  const source = account.encryption?.keySource ?? "Microsoft.Storage";
  if (source.toLowerCase() !== "microsoft.keyvault")
    return { enabled: true, keyManager: "provider", algorithm: "AES-256 (Microsoft-managed key)" };
  const vault = account.encryption?.keyVaultProperties;
  const keyId =
    vault?.currentVersionedKeyIdentifier ??
    (vault?.keyVaultUri && vault.keyName
      ? `${vault.keyVaultUri.replace(/\/+$/, "")}/keys/${vault.keyName}${vault.keyVersion ? `/${vault.keyVersion}` : ""}`
      : undefined);
  return {
    enabled: true,
    keyManager: "customer",
    algorithm: "AES-256 (Key Vault key)",
    ...(keyId ? { keyId } : {}),
  };
}

function softDelete(blobService: BlobServiceProperties | null) {
  const policy = blobService?.deleteRetentionPolicy;
  const enabled = policy?.enabled === true;
  return {
    enabled,
    ...(enabled && policy?.days ? { retentionDays: policy.days } : {}),
    detail: enabled
      ? `blob soft delete keeps deleted blobs for ${policy?.days ?? "?"} days`
      : "blob soft delete is off",
  };
}

/**
 * Write-once protection: account-level immutability covers every container; otherwise each container needs a
 * time-based policy or version-level immutability of its own.
 */
function immutability(
  account: StorageAccount,
  containers: Known<ListContainerItem[] | null>,
): Known<{ protected: boolean; detail: string }> {
  if (account.immutableStorageWithVersioning?.enabled === true)
    return { protected: true, detail: "account-level immutability covers every container" };
  if (isUnknown(containers)) return containers;
  const list = (containers ?? []).filter((c) => c.name !== "$web");
  const open = list.filter(
    (c) => c.hasImmutabilityPolicy !== true && c.immutableStorageWithVersioning?.enabled !== true,
  );
  if (list.length === 0)
    return { protected: false, detail: "no container and no account-level immutability" };
  return open.length === 0
    ? { protected: true, detail: `every container (${list.length}) has an immutability policy` }
    : {
        protected: false,
        detail: `no account-level immutability; container(s) without an immutability policy: ${open.map((c) => c.name).join(", ")}`,
      };
}
