import check from "../../../checks/agent-runtime/public-network.js";
import { AGENTCORE_TYPES } from "../../../providers/aws/bedrock-agentcore/names.js";
import { unknown } from "../../../src/model/known.js";
import { fromAgentCore, runtimeAsset } from "../../support/agentcore-assets.js";
import { checkTable } from "../../support/check-table.js";

checkTable(check, {
  valid: [
    { name: "VPC network mode", asset: runtimeAsset(), messageId: "inVpc" },
    {
      name: "raw GetAgentRuntime: networkMode VPC with subnets",
      asset: fromAgentCore(AGENTCORE_TYPES.runtime, {
        GetAgentRuntime: {
          networkConfiguration: {
            networkMode: "VPC",
            networkModeConfig: { subnets: ["subnet-a"], securityGroups: ["sg-a"] },
          },
        },
      }),
      messageId: "inVpc",
      data: { subnetIds: ["subnet-a"] },
    },
  ],
  invalid: [
    {
      name: "raw GetAgentRuntime: networkMode PUBLIC",
      asset: fromAgentCore(AGENTCORE_TYPES.runtime, {
        GetAgentRuntime: { networkConfiguration: { networkMode: "PUBLIC" } },
      }),
      messageId: "publicMode",
      severity: "high",
    },
  ],
  unknown: [
    {
      name: "GetAgentRuntime denied",
      asset: runtimeAsset({ network: unknown("GetAgentRuntime failed: AccessDeniedException") }),
      messageId: "cannotTell",
      data: { reason: "GetAgentRuntime failed: AccessDeniedException" },
    },
    {
      name: "raw: the reply names no network mode",
      asset: fromAgentCore(AGENTCORE_TYPES.runtime, { GetAgentRuntime: {} }),
      messageId: "cannotTell",
    },
  ],
});
