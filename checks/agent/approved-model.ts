import { describeModel, judgeModel, type DeployedModel } from "../../src/approved-models/match.js";
import { cannotTell, defineCheck, fail, pass, unknown } from "../../src/model/check.js";
import { isUnknown } from "../../src/model/known.js";
import { MODEL_PROVENANCE } from "../compliance.js";

// Cross-region inference profiles put a geography in front of the model id (us.anthropic.claude-…).
const GEOGRAPHY = /^(us|us-gov|eu|apac|jp|au|ca|global)\.(?=[a-z])/;

export default defineCheck({
  id: "agent.approved-model",
  title: "Bedrock agents should use only an approved foundation model",
  kind: "agent",
  category: "supply-chain",
  severity: "medium",
  providers: ["aws"],
  optIn: "--approved-models",
  needsInput: "approvedModels",
  compliance: MODEL_PROVENANCE,
  remediation: {
    text: "Point the agent at a foundation model on the approved list and prepare it again; to enforce the list, deny bedrock:InvokeModel on other model ARNs in the agent's service role (or an SCP).",
    cli: {
      aws: "aws bedrock-agent update-agent --agent-id AGENT_ID --agent-name NAME --agent-resource-role-arn ROLE_ARN --foundation-model APPROVED_MODEL_ID && aws bedrock-agent prepare-agent --agent-id AGENT_ID",
    },
  },
  messages: {
    approved: "Uses approved model {{model}} ({{policy}})",
    notApproved: "Uses {{model}}, which is not approved: {{why}} ({{policy}})",
    modelNotRead: "Could not tell which model the agent uses: {{reason}}",
  },
  evaluate: (asset, _graph, inputs) => {
    const policy = inputs?.approvedModels;
    if (!policy) return cannotTell("the approved models", "no --approved-models file was given");
    if (!asset.foundationModel)
      return unknown("modelNotRead", {
        // The agent's own reply carries the model: when it could not be read, its key is unknown too.
        reason: isUnknown(asset.encryptionAtRest)
          ? asset.encryptionAtRest.reason
          : "the agent names no foundation model",
      });
    const model = bedrockModel(asset.foundationModel);
    const verdict = judgeModel(policy, model);
    const data = { policy: policy.file, model: describeModel(model) };
    return verdict.approved ? pass("approved", data) : fail("notApproved", { ...data, why: verdict.why });
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
