import infrastructureEncryption from "../../../checks/storage/infrastructure-encryption.js";
import minTlsVersion from "../../../checks/storage/min-tls-version.js";
import publicNetworkAccess from "../../../checks/storage/public-network-access.js";
import sharedKeyAccess from "../../../checks/storage/shared-key-access.js";
import softDelete from "../../../checks/storage/soft-delete.js";
import { AUTHORIZATION_FAILED, azureStorageAsset } from "../../support/azure-assets.js";
import { checkTable } from "../../support/check-table.js";

checkTable(minTlsVersion, {
  valid: [
    { name: "TLS 1.2", messageId: "modernTls", asset: azureStorageAsset() },
    { name: "TLS 1.3", messageId: "modernTls", asset: azureStorageAsset({ minimumTlsVersion: "1.3" }) },
  ],
  invalid: [
    {
      name: "TLS 1.0 (also ARM's default when unset)",
      asset: azureStorageAsset({ minimumTlsVersion: "1.0" }),
      messageId: "oldTls",
      data: { minimumTlsVersion: "1.0", setting: "TLS1_0" },
      severity: "medium",
    },
    {
      name: "TLS 1.1",
      asset: azureStorageAsset({ minimumTlsVersion: "1.1" }),
      messageId: "oldTls",
      data: { minimumTlsVersion: "1.1", setting: "TLS1_1" },
    },
  ],
  unknown: [
    {
      name: "not reported",
      asset: azureStorageAsset({ minimumTlsVersion: undefined }),
      messageId: "cannotTell",
      data: { reason: "the provider did not report one for this storage" },
    },
  ],
});

checkTable(sharedKeyAccess, {
  valid: [{ name: "Entra ID only", messageId: "keysRefused", asset: azureStorageAsset() }],
  invalid: [
    {
      name: "allowSharedKeyAccess not set (equivalent to true)",
      asset: azureStorageAsset({
        sharedKeyAccess: { allowed: true, detail: "allowSharedKeyAccess is not set (equivalent to true)" },
      }),
      messageId: "keysAccepted",
      data: { detail: "allowSharedKeyAccess is not set (equivalent to true)" },
      severity: "medium",
    },
  ],
  unknown: [
    {
      name: "not reported",
      messageId: "cannotTell",
      asset: azureStorageAsset({ sharedKeyAccess: undefined }),
    },
  ],
});

checkTable(publicNetworkAccess, {
  valid: [
    { name: "public network access disabled", messageId: "restricted", asset: azureStorageAsset() },
    {
      name: "firewall denies by default",
      messageId: "restricted",
      asset: azureStorageAsset({
        networkExposure: { public: false, detail: "the firewall denies by default and admits 1 IP range(s)" },
      }),
    },
  ],
  invalid: [
    {
      name: "enabled with default Allow",
      asset: azureStorageAsset({
        networkExposure: { public: true, detail: "the firewall allows every network by default" },
      }),
      messageId: "anyNetwork",
      data: { detail: "the firewall allows every network by default" },
      severity: "medium",
    },
    {
      name: "phi data raises the severity",
      asset: azureStorageAsset({
        dataClassification: "phi",
        networkExposure: { public: true, detail: "the firewall allows every network by default" },
      }),
      messageId: "anyNetwork",
      data: { detail: "the firewall allows every network by default" },
      severity: "high",
    },
  ],
  unknown: [
    {
      name: "not reported",
      messageId: "cannotTell",
      asset: azureStorageAsset({ networkExposure: undefined }),
    },
  ],
});

checkTable(infrastructureEncryption, {
  valid: [{ name: "required", messageId: "doubleEncrypted", asset: azureStorageAsset() }],
  invalid: [
    {
      name: "one layer only",
      asset: azureStorageAsset({ infrastructureEncryption: { enabled: false } }),
      messageId: "singleLayer",
      severity: "low",
    },
  ],
  unknown: [
    {
      name: "not reported",
      messageId: "cannotTell",
      asset: azureStorageAsset({ infrastructureEncryption: undefined }),
    },
  ],
});

checkTable(softDelete, {
  valid: [{ name: "14 days", messageId: "softDelete", asset: azureStorageAsset() }],
  invalid: [
    {
      name: "off",
      asset: azureStorageAsset({ softDelete: { enabled: false, detail: "blob soft delete is off" } }),
      messageId: "noSoftDelete",
      data: { detail: "blob soft delete is off" },
      severity: "low",
    },
  ],
  unknown: [
    {
      name: "blob service properties denied",
      asset: azureStorageAsset({ softDelete: AUTHORIZATION_FAILED }),
      messageId: "cannotTell",
      data: { reason: "BlobServices_GetServiceProperties failed: AuthorizationFailed" },
    },
  ],
});
