import { cannotTell, defineCheck, fail, pass } from "../../src/model/check.js";
import { isUnknown } from "../../src/model/known.js";
import { AI_INPUT_OUTPUT_FILTERING } from "../compliance.js";
import { describeCounts } from "./resources.js";

export default defineCheck({
  id: "ai-platform.guardrail-present",
  title: "Regions with AI agents or custom models must have a guardrail",
  kind: "ai-platform",
  category: "threat",
  severity: "medium",
  compliance: AI_INPUT_OUTPUT_FILTERING,
  remediation: {
    text: "Create a guardrail in the region (content filters including PROMPT_ATTACK at HIGH, denied topics and sensitive-information filters that fit the data), publish a version, and attach it to the agents and to the applications that call the custom models.",
    cli: {
      aws: 'aws bedrock create-guardrail --region REGION --name ai-guardrail --blocked-input-messaging "Blocked by policy." --blocked-outputs-messaging "Blocked by policy." --content-policy-config \'{"filtersConfig":[{"type":"PROMPT_ATTACK","inputStrength":"HIGH","outputStrength":"NONE"},{"type":"MISCONDUCT","inputStrength":"HIGH","outputStrength":"HIGH"}]}\' && aws bedrock create-guardrail-version --region REGION --guardrail-identifier GUARDRAIL_ID',
    },
  },
  // Kleene logic: one guardrail is enough to pass, and one agent or custom model without any is enough to fail,
  // whatever else could not be read.
  messages: {
    oneGuardrail: "1 active guardrail in this region",
    guardrails: "{{guardrails}} active guardrails in this region",
    nothingNeedsOne: "No agents or custom models in this region need a guardrail",
    noGuardrail:
      "No active guardrail in a region with {{inUse}}: nothing filters prompt attacks or harmful output",
  },
  evaluate: (asset) => {
    const { guardrails, agents, customModels } = asset.resources;
    if (!isUnknown(guardrails) && guardrails > 0)
      return pass(guardrails === 1 ? "oneGuardrail" : "guardrails", { guardrails });
    const needsOne = [agents, customModels].some((n) => !isUnknown(n) && n > 0);
    if (!needsOne) {
      const unreadable = [agents, customModels].find(isUnknown);
      return unreadable
        ? cannotTell("whether agents or custom models exist", unreadable)
        : pass("nothingNeedsOne");
    }
    if (isUnknown(guardrails)) return cannotTell("whether a guardrail exists", guardrails);
    return fail("noGuardrail", {
      guardrails: 0,
      inUse: describeCounts(asset.resources, ["agents", "customModels"]),
    });
  },
});
