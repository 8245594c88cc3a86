import awsOwnedKey from "../../../checks/search-serverless/aws-owned-key.js";
import { unknown } from "../../../src/model/known.js";
import { checkTable } from "../../support/check-table.js";
import { collectionAsset } from "../search/opensearch-assets.js";

checkTable(awsOwnedKey, {
  valid: [
    { name: "customer managed key", messageId: "customerKey", asset: collectionAsset() },
    {
      name: "customer-managed key whose id was not reported",
      asset: collectionAsset({ encryptionAtRest: { enabled: true, keyManager: "customer" } }),
      messageId: "customerKeyUnnamed",
    },
  ],
  invalid: [
    {
      name: "AWS owned key",
      asset: collectionAsset({
        encryptionAtRest: {
          enabled: true,
          keyManager: "provider",
          algorithm: "AES-256",
          keyId: "AWS owned key",
        },
      }),
      messageId: "awsOwnedKey",
      severity: "low",
    },
  ],
  unknown: [
    {
      name: "key not reported and encryption policies unreadable",
      messageId: "cannotTell",
      asset: collectionAsset({
        encryptionAtRest: unknown("encryption policies: ListSecurityPolicies failed"),
      }),
    },
  ],
});
