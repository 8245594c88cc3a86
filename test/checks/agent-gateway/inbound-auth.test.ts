import check from "../../../checks/agent-gateway/inbound-auth.js";
import { AGENTCORE_TYPES } from "../../../providers/aws/bedrock-agentcore/names.js";
import { DENIED, fromAgentCore, gatewayAsset } from "../../support/agentcore-assets.js";
import { checkTable } from "../../support/check-table.js";

const gateway = (authorizerType: string) =>
  fromAgentCore(AGENTCORE_TYPES.gateway, { GetGateway: { authorizerType } });

checkTable(check, {
  valid: [
    { name: "custom JWT authorizer", asset: gatewayAsset(), messageId: "authorized" },
    { name: "raw: AWS_IAM", asset: gateway("AWS_IAM"), messageId: "authorized", data: { type: "iam" } },
  ],
  invalid: [
    { name: "raw: authorizer type NONE", asset: gateway("NONE"), messageId: "open", severity: "high" },
    {
      name: "raw: AUTHENTICATE_ONLY",
      asset: gateway("AUTHENTICATE_ONLY"),
      messageId: "authenticateOnly",
      severity: "medium",
    },
  ],
  unknown: [
    { name: "GetGateway denied", asset: gatewayAsset({ inboundAuth: DENIED }), messageId: "cannotTell" },
    {
      name: "raw: an authorizer type aiposture does not know",
      asset: gateway("MTLS"),
      messageId: "cannotTell",
    },
  ],
});
