import check from "../../../checks/agent-memory/customer-managed-key.js";
import { AGENTCORE_TYPES } from "../../../providers/aws/bedrock-agentcore/names.js";
import { KMS_KEY_REPLY } from "../../../providers/aws/kms/describe-key.js";
import { unknown } from "../../../src/model/known.js";
import {
  AGENTCORE_CMK,
  fromAgentCore,
  KMS_AWS,
  KMS_CUSTOMER,
  memoryAsset,
} from "../../support/agentcore-assets.js";
import { checkTable } from "../../support/check-table.js";

const memory = (replies: Record<string, unknown>) =>
  fromAgentCore(AGENTCORE_TYPES.memory, {
    GetMemory: { name: "raw", encryptionKeyArn: AGENTCORE_CMK },
    ...replies,
  });

checkTable(check, {
  valid: [
    { name: "customer-managed key", asset: memoryAsset(), messageId: "customerKey" },
    {
      name: "raw: KMS says CUSTOMER",
      asset: memory({ [KMS_KEY_REPLY]: KMS_CUSTOMER }),
      messageId: "customerKey",
    },
  ],
  invalid: [
    {
      name: "raw: no encryptionKeyArn",
      asset: fromAgentCore(AGENTCORE_TYPES.memory, { GetMemory: { name: "raw" } }),
      messageId: "providerKey",
      severity: "medium",
    },
    {
      name: "raw: KMS says AWS manages the key",
      asset: memory({ [KMS_KEY_REPLY]: KMS_AWS }),
      messageId: "providerKey",
    },
  ],
  unknown: [
    {
      name: "GetMemory denied",
      asset: memoryAsset({ encryptionAtRest: unknown("GetMemory failed: AccessDeniedException") }),
      messageId: "cannotTell",
    },
    { name: "raw: KMS did not answer", asset: memory({}), messageId: "cannotTell" },
  ],
});
