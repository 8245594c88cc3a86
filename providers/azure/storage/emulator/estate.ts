// Azure storage accounts as `az storage account show` prints them, plus what three more commands print:
// `containers` (`az storage container-rm list`), `blobServiceProperties`
// (`az storage account blob-service-properties show`) and `diagnosticSettings`
// (`az monitor diagnostic-settings list --resource <account id>/blobServices/default`).
import { z } from "zod";
import { estateSection } from "../../../../mocks/estate/section.js";
import {
  diagnosticSettingSchema,
  fromArmJson,
  passThrough,
  resourceGroupSchema,
  tagsSchema,
} from "../../../../mocks/estate/azure-common.js";

/** ARM wire name → CLI name, for storage account `properties` (the SDK and the CLI rename these two). */
export const STORAGE_ACCOUNT_RENAMES = {
  supportsHttpsTrafficOnly: "enableHttpsTrafficOnly",
  networkAcls: "networkRuleSet",
} as const;

const ipRule = z.preprocess(
  // The CLI prints ipAddressOrRange, the JS SDK iPAddressOrRange, the wire value.
  (v) => {
    if (!v || typeof v !== "object") return v;
    const { value, iPAddressOrRange, ...rest } = v as Record<string, unknown>;
    return { ...rest, ipAddressOrRange: (rest.ipAddressOrRange as unknown) ?? iPAddressOrRange ?? value };
  },
  z.strictObject({ ipAddressOrRange: z.string(), action: z.literal("Allow").default("Allow") }),
);

const networkRuleSet = z.strictObject({
  defaultAction: z.enum(["Allow", "Deny"]),
  bypass: z.string().default("AzureServices"),
  ipRules: z.array(ipRule).default([]),
  ipv6Rules: z.array(ipRule).optional(),
  virtualNetworkRules: z.array(z.record(z.string(), z.unknown())).default([]),
  resourceAccessRules: z.array(z.record(z.string(), z.unknown())).optional(),
});

const encryptionService = z.strictObject({
  enabled: z.boolean().default(true),
  keyType: z.enum(["Account", "Service"]).optional(),
  lastEnabledTime: z.string().optional(),
});

const encryption = z.preprocess(
  (v) => {
    if (!v || typeof v !== "object") return v;
    const { keyvaultproperties, identity, ...rest } = v as Record<string, unknown>;
    return {
      ...rest,
      ...(keyvaultproperties !== undefined ? { keyVaultProperties: keyvaultproperties } : {}),
      ...(identity !== undefined ? { encryptionIdentity: identity } : {}),
    };
  },
  z.strictObject({
    keySource: z.enum(["Microsoft.Storage", "Microsoft.Keyvault"]).default("Microsoft.Storage"),
    requireInfrastructureEncryption: z.boolean().nullable().optional(),
    services: z
      .strictObject({
        blob: encryptionService.optional(),
        file: encryptionService.optional(),
        table: encryptionService.optional(),
        queue: encryptionService.optional(),
      })
      .optional(),
    keyVaultProperties: z
      .strictObject({
        keyName: z.string().optional(),
        keyVersion: z.string().nullable().optional(),
        keyVaultUri: z.string().optional(),
        currentVersionedKeyIdentifier: z.string().optional(),
        lastKeyRotationTimestamp: z.string().optional(),
        currentVersionedKeyExpirationTimestamp: z.string().optional(),
      })
      .nullable()
      .optional(),
    encryptionIdentity: z.record(z.string(), z.unknown()).nullable().optional(),
  }),
);

export const containerSchema = z.preprocess(
  fromArmJson(),
  z.strictObject({
    name: z
      .string()
      .regex(/^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$|^\$root$|^\$web$/, "expected a container name"),
    publicAccess: z.enum(["None", "Blob", "Container"]).nullable().default("None"),
    ...passThrough([
      "id",
      "type",
      "etag",
      "resourceGroup",
      "version",
      "deleted",
      "deletedTime",
      "remainingRetentionDays",
      "defaultEncryptionScope",
      "denyEncryptionScopeOverride",
      "lastModifiedTime",
      "leaseStatus",
      "leaseState",
      "leaseDuration",
      "metadata",
      "immutabilityPolicy",
      "legalHold",
      "hasLegalHold",
      "hasImmutabilityPolicy",
      "immutableStorageWithVersioning",
      "enableNfsV3RootSquash",
      "enableNfsV3AllSquash",
    ]),
  }),
);

const deleteRetentionPolicy = z.strictObject({
  enabled: z.boolean(),
  days: z.number().int().min(1).max(365).nullable().optional(),
  allowPermanentDelete: z.boolean().nullable().optional(),
});

export const blobServicePropertiesSchema = z.preprocess(
  fromArmJson(),
  z.strictObject({
    deleteRetentionPolicy: deleteRetentionPolicy.nullable().optional(),
    containerDeleteRetentionPolicy: deleteRetentionPolicy.nullable().optional(),
    isVersioningEnabled: z.boolean().nullable().optional(),
    ...passThrough([
      "id",
      "name",
      "type",
      "resourceGroup",
      "sku",
      "cors",
      "defaultServiceVersion",
      "automaticSnapshotPolicyEnabled",
      "changeFeed",
      "restorePolicy",
      "lastAccessTimeTrackingPolicy",
      "staticWebsite",
    ]),
  }),
);

export const storageAccountSchema = z.preprocess(
  fromArmJson(STORAGE_ACCOUNT_RENAMES),
  z.strictObject({
    name: z.string().regex(/^[a-z0-9]{3,24}$/, "storage account names are 3-24 lowercase letters and digits"),
    resourceGroup: resourceGroupSchema,
    location: z.string().default("eastus"),
    kind: z
      .enum(["StorageV2", "Storage", "BlobStorage", "BlockBlobStorage", "FileStorage"])
      .default("StorageV2"),
    sku: z
      .strictObject({ name: z.string(), tier: z.enum(["Standard", "Premium"]).optional() })
      .default({ name: "Standard_LRS", tier: "Standard" }),
    tags: tagsSchema,
    /** Absent (null): accounts created before the setting existed allow public access where a container asks. */
    allowBlobPublicAccess: z.boolean().nullable().optional(),
    enableHttpsTrafficOnly: z.boolean().default(true),
    /** Absent: ARM's default interpretation is TLS 1.0. */
    minimumTlsVersion: z.enum(["TLS1_0", "TLS1_1", "TLS1_2", "TLS1_3"]).nullable().optional(),
    /** Absent (null): equivalent to true. */
    allowSharedKeyAccess: z.boolean().nullable().optional(),
    publicNetworkAccess: z.enum(["Enabled", "Disabled", "SecuredByPerimeter"]).nullable().optional(),
    networkRuleSet: networkRuleSet.default({
      defaultAction: "Allow",
      bypass: "AzureServices",
      ipRules: [],
      virtualNetworkRules: [],
    }),
    encryption: encryption.default({
      keySource: "Microsoft.Storage",
      services: { blob: { enabled: true, keyType: "Account" }, file: { enabled: true, keyType: "Account" } },
    }),
    containers: z.array(containerSchema).default([]),
    blobServiceProperties: blobServicePropertiesSchema.default({}),
    diagnosticSettings: z.array(diagnosticSettingSchema).default([]),
    ...passThrough([
      "id",
      "type",
      "identity",
      "extendedLocation",
      "zones",
      "systemData",
      "placement",
      "accessTier",
      "allowCrossTenantReplication",
      "allowedCopyScope",
      "azureFilesIdentityBasedAuthentication",
      "blobRestoreStatus",
      "creationTime",
      "customDomain",
      "defaultToOAuthAuthentication",
      "dnsEndpointType",
      "dualStackEndpointPreference",
      "enableExtendedGroups",
      "enableNfsV3",
      "failoverInProgress",
      "geoReplicationStats",
      "immutableStorageWithVersioning",
      "isHnsEnabled",
      "isLocalUserEnabled",
      "isSftpEnabled",
      "isSkuConversionBlocked",
      "keyCreationTime",
      "keyPolicy",
      "largeFileSharesState",
      "lastGeoFailoverTime",
      "primaryEndpoints",
      "primaryLocation",
      "privateEndpointConnections",
      "provisioningState",
      "routingPreference",
      "sasPolicy",
      "secondaryEndpoints",
      "secondaryLocation",
      "statusOfPrimary",
      "statusOfSecondary",
      "storageAccountSkuConversionStatus",
      "allowSharedKeyAccessForServices",
    ]),
  }),
);

export type AzureStorageAccount = z.output<typeof storageAccountSchema>;
export type AzureContainer = z.output<typeof containerSchema>;

// A storage account's blob logs are set on its blob service.
export const storageEstate = estateSection("storageAccounts", z.array(storageAccountSchema).default([]), {
  resourceType: { type: "Microsoft.Storage/storageAccounts", diagnosticsAt: "/blobServices/default" },
});
