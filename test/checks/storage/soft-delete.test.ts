import softDelete from "../../../checks/storage/soft-delete.js";
import { AUTHORIZATION_FAILED, azureStorageAsset } from "../../support/azure-assets.js";
import { checkTable } from "../../support/check-table.js";

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
