import kmsKey from "../../../checks/ml-workspace/kms-key.js";
import { checkTable } from "../../support/check-table.js";
import { workspaceAsset } from "../../support/ml-assets.js";
import { DENIED } from "./ml-workspace.fixtures.js";

checkTable(kmsKey, {
  valid: [
    { name: "customer key", messageId: "customerKey", asset: workspaceAsset() },
    {
      name: "customer-managed key whose id was not reported",
      asset: workspaceAsset({ encryptionAtRest: { enabled: true, keyManager: "customer" } }),
      messageId: "customerKeyUnnamed",
    },
  ],
  invalid: [
    {
      name: "AWS managed key",
      asset: workspaceAsset({
        encryptionAtRest: { enabled: true, keyManager: "provider", algorithm: "aws:kms" },
      }),
      messageId: "providerKey",
      data: { keyManager: "provider" },
      severity: "low",
    },
  ],
  unknown: [
    {
      name: "domain unreadable",
      messageId: "cannotTell",
      asset: workspaceAsset({ encryptionAtRest: DENIED }),
    },
  ],
});
