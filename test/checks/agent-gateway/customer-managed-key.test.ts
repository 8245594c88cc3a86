import { expect } from "vitest";
import check from "../../../checks/agent-gateway/customer-managed-key.js";
import { AGENTCORE_TYPES } from "../../../providers/aws/bedrock-agentcore/names.js";
import { KMS_KEY_REPLY } from "../../../providers/aws/kms/describe-key.js";
import {
  AGENTCORE_CMK,
  DENIED,
  fromAgentCore,
  gatewayAsset,
  KMS_AWS,
  KMS_CUSTOMER,
} from "../../support/agentcore-assets.js";
import { checkTable } from "../../support/check-table.js";

const gateway = (replies: Record<string, unknown>) =>
  fromAgentCore(AGENTCORE_TYPES.gateway, {
    GetGateway: { authorizerType: "AWS_IAM", kmsKeyArn: AGENTCORE_CMK },
    ...replies,
  });

checkTable(check, {
  valid: [
    { name: "customer-managed key", asset: gatewayAsset(), messageId: "customerKey" },
    {
      name: "raw: KMS says KeyManager CUSTOMER",
      asset: gateway({ [KMS_KEY_REPLY]: KMS_CUSTOMER }),
      messageId: "customerKey",
      data: { keyId: AGENTCORE_CMK },
    },
  ],
  invalid: [
    {
      name: "raw: no key named (a key AWS owns)",
      asset: fromAgentCore(AGENTCORE_TYPES.gateway, { GetGateway: { authorizerType: "AWS_IAM" } }),
      messageId: "providerKey",
      severity: "medium",
    },
    {
      name: "raw: a key ARN that KMS says AWS manages",
      asset: gateway({ [KMS_KEY_REPLY]: KMS_AWS }),
      messageId: "providerKey",
      data: { keyNote: ` (${AGENTCORE_CMK})` },
    },
  ],
  unknown: [
    { name: "GetGateway denied", asset: gatewayAsset({ encryptionAtRest: DENIED }), messageId: "cannotTell" },
    {
      name: "raw: a key ARN KMS did not describe (never decided from the ARN's text)",
      asset: gateway({}),
      messageId: "cannotTell",
      data: { reason: expect.stringContaining("kms:DescribeKey") },
    },
  ],
});
