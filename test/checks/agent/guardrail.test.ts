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
    {
      name: "guardrail without a version (the working draft)",
      asset: agentAsset({ guardrail: { id: "arn:aws:bedrock:us-east-1:111122223333:guardrail/g1" } }),
      messageId: "guardrail",
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
