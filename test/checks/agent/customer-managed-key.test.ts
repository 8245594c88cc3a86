import cmk from "../../../checks/agent/customer-managed-key.js";
import { agentAsset } from "../../support/bedrock-assets.js";
import { checkTable } from "../../support/check-table.js";
import { denied } from "./agent.fixtures.js";

checkTable(cmk, {
  valid: [
    { name: "customer-managed key", messageId: "customerKey", asset: agentAsset() },
    {
      name: "customer-managed key whose id was not reported",
      asset: agentAsset({ encryptionAtRest: { enabled: true, keyManager: "customer" } }),
      messageId: "customerKeyUnnamed",
    },
  ],
  invalid: [
    {
      name: "AWS owned key",
      asset: agentAsset({
        encryptionAtRest: { enabled: true, keyManager: "provider", algorithm: "AWS owned key" },
      }),
      messageId: "providerKey",
      severity: "low",
    },
  ],
  unknown: [
    {
      name: "GetAgent denied",
      asset: agentAsset({ encryptionAtRest: denied }),
      messageId: "cannotTell",
      data: { reason: "GetAgent failed: AccessDeniedException" },
    },
  ],
});
