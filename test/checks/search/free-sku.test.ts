import freeSku from "../../../checks/search/free-sku.js";
import { azureSearchAsset } from "../../support/azure-assets.js";
import { checkTable } from "../../support/check-table.js";

checkTable(freeSku, {
  valid: [
    { name: "standard", messageId: "paid", asset: azureSearchAsset() },
    { name: "basic", messageId: "paid", asset: azureSearchAsset({ sku: "basic" }) },
  ],
  invalid: [
    {
      name: "free",
      asset: azureSearchAsset({ sku: "free" }),
      messageId: "free",
      severity: "low",
    },
  ],
  unknown: [
    { name: "no SKU reported", messageId: "cannotTell", asset: azureSearchAsset({ sku: undefined }) },
  ],
});
