import customerManagedKey from "../../../checks/ai-service/customer-managed-key.js";
import { aiServiceAsset } from "../../support/azure-ai-assets.js";
import { checkTable } from "../../support/check-table.js";
import { LISTED_DENIED } from "./ai-service.fixtures.js";

checkTable(customerManagedKey, {
  valid: [
    { name: "Key Vault key", messageId: "customerKey", asset: aiServiceAsset() },
    {
      name: "customer-managed key whose id was not reported",
      asset: aiServiceAsset({ encryptionAtRest: { enabled: true, keyManager: "customer" } }),
      messageId: "customerKeyUnnamed",
    },
  ],
  invalid: [
    {
      name: "Microsoft-managed key",
      asset: aiServiceAsset({
        encryptionAtRest: {
          enabled: true,
          keyManager: "provider",
          algorithm: "AES-256 (Microsoft-managed keys)",
        },
      }),
      messageId: "providerKey",
      data: { algorithm: "AES-256 (Microsoft-managed keys)" },
      severity: "low",
    },
  ],
  unknown: [
    {
      name: "unreadable",
      messageId: "cannotTell",
      asset: aiServiceAsset({ encryptionAtRest: LISTED_DENIED }),
    },
  ],
});
