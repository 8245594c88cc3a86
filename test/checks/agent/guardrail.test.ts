import guardrail from "../../../checks/agent/guardrail.js";
import { agentAsset, guardrailAsset } from "../../support/bedrock-assets.js";
import { checkTable } from "../../support/check-table.js";
import { denied } from "./agent.fixtures.js";

checkTable(guardrail, {
  valid: [
    { name: "guardrail version 1", messageId: "guardrailVersion", asset: agentAsset() },
    {
      name: "guardrail in the inventory, named",
      messageId: "guardrailVersion",
      asset: agentAsset(),
      neighbours: [guardrailAsset({ name: "support-guardrail" })],
    },
  ],
  invalid: [
    {
      name: "no guardrail",
      asset: agentAsset({ guardrail: null }),
      messageId: "noGuardrail",
      severity: "medium",
    },
  ],
  unknown: [
    {
      name: "GetAgent denied",
      asset: agentAsset({ guardrail: denied }),
      messageId: "cannotTell",
      data: { reason: "GetAgent failed: AccessDeniedException" },
    },
  ],
});
