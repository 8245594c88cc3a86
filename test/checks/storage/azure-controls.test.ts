import infrastructureEncryption from "../../../checks/storage/infrastructure-encryption.js";
import minTlsVersion from "../../../checks/storage/min-tls-version.js";
import publicNetworkAccess from "../../../checks/storage/public-network-access.js";
import sharedKeyAccess from "../../../checks/storage/shared-key-access.js";
import softDelete from "../../../checks/storage/soft-delete.js";
import { AUTHORIZATION_FAILED, azureStorageAsset } from "../../support/azure-assets.js";
import { checkTable } from "../../support/check-table.js";

checkTable(minTlsVersion, {
  valid: [
    { name: "TLS 1.2", asset: azureStorageAsset() },
    { name: "TLS 1.3", asset: azureStorageAsset({ minimumTlsVersion: "1.3" }) },
  ],
  invalid: [
    {
      name: "TLS 1.0 (also ARM's default when unset)",
      asset: azureStorageAsset({ minimumTlsVersion: "1.0" }),
      message: /TLS 1\.0 is still accepted \(minimumTlsVersion TLS1_0\)/,
      severity: "medium",
    },
    { name: "TLS 1.1", asset: azureStorageAsset({ minimumTlsVersion: "1.1" }), message: /TLS 1\.1/ },
  ],
  unknown: [
    {
      name: "not reported",
      asset: azureStorageAsset({ minimumTlsVersion: undefined }),
      message: /did not report/,
    },
  ],
});

checkTable(sharedKeyAccess, {
  valid: [{ name: "Entra ID only", asset: azureStorageAsset() }],
  invalid: [
    {
      name: "allowSharedKeyAccess not set (equivalent to true)",
      asset: azureStorageAsset({
        sharedKeyAccess: { allowed: true, detail: "allowSharedKeyAccess is not set (equivalent to true)" },
      }),
      message: /Account keys are accepted: allowSharedKeyAccess is not set/,
      severity: "medium",
    },
  ],
  unknown: [{ name: "not reported", asset: azureStorageAsset({ sharedKeyAccess: undefined }) }],
});

checkTable(publicNetworkAccess, {
  valid: [
    { name: "public network access disabled", asset: azureStorageAsset() },
    {
      name: "firewall denies by default",
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
      message: /Any internet address can connect/,
      severity: "medium",
    },
    {
      name: "phi data raises the severity",
      asset: azureStorageAsset({
        dataClassification: "phi",
        networkExposure: { public: true, detail: "the firewall allows every network by default" },
      }),
      message: /Any internet address/,
      severity: "high",
    },
  ],
  unknown: [{ name: "not reported", asset: azureStorageAsset({ networkExposure: undefined }) }],
});

checkTable(infrastructureEncryption, {
  valid: [{ name: "required", asset: azureStorageAsset() }],
  invalid: [
    {
      name: "one layer only",
      asset: azureStorageAsset({ infrastructureEncryption: { enabled: false } }),
      message: /Only one layer/,
      severity: "low",
    },
  ],
  unknown: [{ name: "not reported", asset: azureStorageAsset({ infrastructureEncryption: undefined }) }],
});

checkTable(softDelete, {
  valid: [{ name: "14 days", asset: azureStorageAsset() }],
  invalid: [
    {
      name: "off",
      asset: azureStorageAsset({ softDelete: { enabled: false, detail: "blob soft delete is off" } }),
      message: /Deleted blobs are gone at once/,
      severity: "low",
    },
  ],
  unknown: [
    {
      name: "blob service properties denied",
      asset: azureStorageAsset({ softDelete: AUTHORIZATION_FAILED }),
      message: /AuthorizationFailed/,
    },
  ],
});
