import check from "../../../checks/agent-tool/private-network.js";
import { AGENTCORE_TYPES } from "../../../providers/aws/bedrock-agentcore/names.js";
import { unknown } from "../../../src/model/known.js";
import { browserAsset, codeInterpreterAsset, fromAgentCore } from "../../support/agentcore-assets.js";
import { checkTable } from "../../support/check-table.js";

const interpreter = (networkMode: string) =>
  fromAgentCore(AGENTCORE_TYPES.codeInterpreter, {
    GetCodeInterpreter: { networkConfiguration: { networkMode } },
  });

checkTable(check, {
  valid: [
    { name: "browser in VPC mode", asset: browserAsset(), messageId: "inVpc" },
    { name: "raw: code interpreter in VPC mode", asset: interpreter("VPC"), messageId: "inVpc" },
  ],
  invalid: [
    {
      name: "raw: browser in PUBLIC mode",
      asset: fromAgentCore(AGENTCORE_TYPES.browser, {
        GetBrowser: { networkConfiguration: { networkMode: "PUBLIC" } },
      }),
      messageId: "publicMode",
      data: { tool: "browser" },
      severity: "high",
    },
    {
      name: "raw: code interpreter in PUBLIC mode",
      asset: interpreter("PUBLIC"),
      messageId: "publicMode",
      severity: "high",
    },
    {
      name: "raw: code interpreter in SANDBOX mode",
      asset: interpreter("SANDBOX"),
      messageId: "sandboxMode",
      data: { tool: "code-interpreter" },
      severity: "medium",
    },
  ],
  unknown: [
    {
      name: "GetCodeInterpreter denied",
      asset: codeInterpreterAsset({ network: unknown("GetCodeInterpreter failed: AccessDeniedException") }),
      messageId: "cannotTell",
    },
  ],
});
