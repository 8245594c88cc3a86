import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { AI_INPUT_OUTPUT_FILTERING } from "../compliance.js";

export default defineCheck({
  id: "agent.guardrail",
  title: "AI agents must have a guardrail",
  kind: "agent",
  uses: ["guardrail"],
  category: "threat",
  severity: "medium",
  compliance: AI_INPUT_OUTPUT_FILTERING,
  remediation: {
    text: "Attach a guardrail version (with a PROMPT_ATTACK filter at HIGH) to the agent and prepare it again. An agent acts on tools and knowledge bases, so an injected instruction can do more than produce text.",
    cli: {
      aws: "aws bedrock-agent update-agent --agent-id AGENT_ID --agent-name NAME --agent-resource-role-arn ROLE_ARN --foundation-model MODEL --guardrail-configuration guardrailIdentifier=GUARDRAIL_ID,guardrailVersion=VERSION && aws bedrock-agent prepare-agent --agent-id AGENT_ID",
    },
  },
  messages: {
    noGuardrail: "No guardrail: prompt injection reaches the agent, and through it its tools and data",
    guardrail: "Uses guardrail {{name}}",
    guardrailVersion: "Uses guardrail {{name}} version {{version}}",
  },
  evaluate: (asset, graph) =>
    whenKnown("the agent's guardrail", asset.guardrail, (guardrail) => {
      if (!guardrail) return fail("noGuardrail");
      const known = graph.get(guardrail.id);
      const data = { ...guardrail, name: known ? known.name : guardrail.id };
      return pass(guardrail.version ? "guardrailVersion" : "guardrail", data);
    }),
});
