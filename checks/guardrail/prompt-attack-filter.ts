import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { AI_INPUT_OUTPUT_FILTERING } from "../compliance.js";

export default defineCheck({
  id: "guardrail.prompt-attack-filter",
  title: "Guardrails must block prompt attacks at HIGH strength",
  kind: "guardrail",
  category: "threat",
  severity: "medium",
  compliance: AI_INPUT_OUTPUT_FILTERING,
  remediation: {
    text: "Add a PROMPT_ATTACK content filter with input strength HIGH, input evaluation on and input action BLOCK (output strength must be NONE for this filter), then publish a new guardrail version and point agents and applications at it. Tag user input in prompts so the filter applies to it and not to your system prompt.",
    cli: {
      aws: 'aws bedrock update-guardrail --guardrail-identifier GUARDRAIL_ID --name NAME --blocked-input-messaging "Blocked by policy." --blocked-outputs-messaging "Blocked by policy." --content-policy-config \'{"filtersConfig":[{"type":"PROMPT_ATTACK","inputStrength":"HIGH","outputStrength":"NONE","inputAction":"BLOCK","inputEnabled":true}]}\'   # keep the other filters in filtersConfig; then: aws bedrock create-guardrail-version --guardrail-identifier GUARDRAIL_ID',
    },
  },
  messages: {
    noFilter: "No prompt attack filter: jailbreaks and prompt injection reach the model unfiltered",
    inputOff: "The prompt attack filter is switched off for input (inputEnabled false)",
    detectOnly: "The prompt attack filter only detects, it does not block (inputAction NONE)",
    weak: "The prompt attack filter's input strength is {{strength}}, below HIGH",
    blocking: "Prompt attacks are blocked at HIGH strength",
  },
  evaluate: (asset) =>
    whenKnown("the guardrail's content filters", asset.contentFilters, (filters) => {
      const filter = filters.find((f) => f.category === "PROMPT_ATTACK");
      const evidence = { version: asset.version, ...(filter ? { filter: { ...filter } } : {}) };
      if (!filter) return fail("noFilter", evidence);
      if (!filter.inputEnabled) return fail("inputOff", evidence);
      if (!filter.inputBlocks) return fail("detectOnly", evidence);
      if (filter.inputStrength !== "HIGH")
        return fail("weak", { ...evidence, strength: filter.inputStrength });
      return pass("blocking", evidence);
    }),
});
