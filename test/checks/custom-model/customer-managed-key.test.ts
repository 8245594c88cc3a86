import check from "../../../checks/custom-model/customer-managed-key.js";
import { unknown } from "../../../src/model/known.js";
import { customModelAsset } from "../../support/bedrock-assets.js";
import { checkTable } from "../../support/check-table.js";

const awsOwned = { enabled: true, keyManager: "provider" as const, algorithm: "AWS owned key" };

checkTable(check, {
  valid: [
    { name: "customer-managed KMS key", messageId: "customerKey", asset: customModelAsset() },
    {
      name: "customer-managed key whose id was not reported",
      asset: customModelAsset({ encryptionAtRest: { enabled: true, keyManager: "customer" } }),
      messageId: "customerKeyUnnamed",
    },
  ],
  invalid: [
    {
      name: "AWS owned key",
      asset: customModelAsset({ encryptionAtRest: awsOwned }),
      messageId: "providerKey",
      severity: "low",
    },
    {
      name: "AWS owned key on a model tagged phi is raised",
      asset: customModelAsset({ encryptionAtRest: awsOwned, dataClassification: "phi" }),
      messageId: "providerKey",
      severity: "medium",
    },
  ],
  unknown: [
    {
      name: "GetCustomModel denied",
      asset: customModelAsset({ encryptionAtRest: unknown("GetCustomModel failed: AccessDeniedException") }),
      messageId: "cannotTell",
      data: { reason: "GetCustomModel failed: AccessDeniedException" },
    },
  ],
});
