import { describeModel, judgeModel, type DeployedModel } from "../../src/approved-models/match.js";
import { cannotTell, defineCheck, fail, pass, unknown } from "../../src/model/check.js";
import { isUnknown } from "../../src/model/known.js";
import { RELATION } from "../../src/model/relations.js";
import { MODEL_PROVENANCE } from "../compliance.js";

// Cross-region inference profiles put a geography in front of the model id (us.anthropic.claude-…).
const GEOGRAPHY = /^(us|us-gov|eu|apac|jp|au|ca|global)\.(?=[a-z])/;

// Agents and prompt flows name the models they call as uses-model relations (the agent's foundation model, each
// flow node's model), so both are judged from the same place.
export default defineCheck({
  id: "agent.approved-model",
  title: "Bedrock agents and flows should call only approved foundation models",
  kind: "agent",
  category: "supply-chain",
  severity: "medium",
  providers: ["aws"],
  optIn: "--approved-models",
  needsInput: "approvedModels",
  compliance: MODEL_PROVENANCE,
  remediation: {
    text: "Point the agent (or the flow's nodes) at a foundation model on the approved list and prepare it again; to enforce the list, deny bedrock:InvokeModel on other model ARNs in the service role (or an SCP).",
    cli: {
      aws: "aws bedrock-agent update-agent --agent-id AGENT_ID --agent-name NAME --agent-resource-role-arn ROLE_ARN --foundation-model APPROVED_MODEL_ID && aws bedrock-agent prepare-agent --agent-id AGENT_ID",
    },
  },
  messages: {
    noModels: "Calls no model",
    approved: "Calls only approved models ({{policy}}): {{models}}",
    notApproved: "Calls models that are not approved ({{policy}}): {{models}}",
    modelNotRead: "Could not tell which model it calls: {{reason}}",
  },
  evaluate: (asset, _graph, inputs) => {
    const policy = inputs?.approvedModels;
    if (!policy) return cannotTell("the approved models", "no --approved-models file was given");
    // The models come from the agent's (flow's) own reply, as its guardrail does: unknown when it was not read.
    if (isUnknown(asset.guardrail)) return unknown("modelNotRead", { reason: asset.guardrail.reason });
    const references = [
      ...new Set(asset.relations.filter((r) => r.type === RELATION.usesModel).map((r) => r.target)),
    ];
    if (references.length === 0)
      return asset.type === "aws.bedrock.agent"
        ? unknown("modelNotRead", { reason: "the agent names no foundation model" })
        : pass("noModels");
    const judged = references.map((reference) => {
      const model = bedrockModel(reference);
      return { text: describeModel(model), verdict: judgeModel(policy, model) };
    });
    const refused = judged.flatMap((j) => (j.verdict.approved ? [] : [`${j.text} — ${j.verdict.why}`]));
    const data = { policy: policy.file };
    return refused.length > 0
      ? fail("notApproved", { ...data, models: refused })
      : pass("approved", { ...data, models: judged.map((j) => j.text) });
  },
});

/** A model id (anthropic.claude-…) names its publisher first; an ARN of a custom or provisioned model is kept whole. */
export function bedrockModel(reference: string): DeployedModel {
  const arn = /^arn:[^:]+:bedrock:[^:]*:[^:]*:(foundation-model|inference-profile)\/(.+)$/.exec(reference);
  if (reference.startsWith("arn:") && !arn) return { name: reference };
  const id = (arn ? arn[2]! : reference).replace(GEOGRAPHY, "");
  const dot = id.indexOf(".");
  return { name: id, ...(dot > 0 ? { publisher: id.slice(0, dot) } : {}) };
}
