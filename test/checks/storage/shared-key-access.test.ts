import sharedKeyAccess from "../../../checks/storage/shared-key-access.js";
import { azureStorageAsset } from "../../support/azure-assets.js";
import { checkTable } from "../../support/check-table.js";

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
