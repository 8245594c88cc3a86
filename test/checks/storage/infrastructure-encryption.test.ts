import infrastructureEncryption from "../../../checks/storage/infrastructure-encryption.js";
import { azureStorageAsset } from "../../support/azure-assets.js";
import { checkTable } from "../../support/check-table.js";

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
