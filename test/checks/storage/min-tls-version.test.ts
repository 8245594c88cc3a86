import minTlsVersion from "../../../checks/storage/min-tls-version.js";
import { azureStorageAsset } from "../../support/azure-assets.js";
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
