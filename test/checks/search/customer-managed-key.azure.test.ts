import customerManagedKey from "../../../checks/search/customer-managed-key.js";
import { unknown } from "../../../src/model/known.js";
import { azureSearchAsset } from "../../support/azure-assets.js";
import { checkTable } from "../../support/check-table.js";

checkTable(customerManagedKey, {
  valid: [{ name: "CMK enforced and compliant", messageId: "customerKeyUnnamed", asset: azureSearchAsset() }],
  invalid: [
    {
      name: "CMK enforcement unspecified",
      asset: azureSearchAsset({
        encryptionAtRest: {
          enabled: true,
          keyManager: "provider",
          algorithm: "AES-256 (Microsoft-managed keys; CMK enforcement Unspecified)",
        },
      }),
      messageId: "microsoftKey",
      data: { algorithm: "AES-256 (Microsoft-managed keys; CMK enforcement Unspecified)" },
      severity: "low",
    },
  ],
  unknown: [
    {
      name: "listing denied",
      messageId: "cannotTell",
      asset: azureSearchAsset({ encryptionAtRest: unknown("denied") }),
    },
  ],
});
