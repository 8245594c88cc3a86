import {
  APPROVED_MODELS_MESSAGES,
  approvedModelsOutcome,
  type DeploymentModel,
} from "../../src/approved-models/outcome.js";
import type { AiServiceDeployment } from "../../src/model/assets/ai-service.js";
import { cannotTell, defineCheck, whenKnown } from "../../src/model/check.js";
import { MODEL_PROVENANCE } from "../compliance.js";

// Azure Policy judges an AI Services deployment by its model's publisher and asset id; the ARM reply names the
// model by format, name and version (and sometimes publisher), which the approved list matches on.
export default defineCheck({
  id: "ai-service.approved-models",
  title: "Azure OpenAI / AI Services deployments should serve only approved models",
  kind: "ai-service",
  category: "supply-chain",
  severity: "medium",
  providers: ["azure"],
  optIn: "--approved-models",
  needsInput: "approvedModels",
  compliance: MODEL_PROVENANCE,
  remediation: {
    text: "Delete the deployment or redeploy it with a model and version on the approved list; to enforce the list, assign the built-in Azure Policy 'Cognitive Services Deployments should only use approved Registry Models' with Deny.",
    cli: {
      azure:
        "az cognitiveservices account deployment delete --name ACCOUNT --resource-group GROUP --deployment-name DEPLOYMENT",
    },
  },
  messages: APPROVED_MODELS_MESSAGES,
  evaluate: (asset, _graph, inputs) => {
    const policy = inputs?.approvedModels;
    if (!policy) return cannotTell("the approved models", "no --approved-models file was given");
    return whenKnown("the account's model deployments", asset.deployments, (deployments) =>
      approvedModelsOutcome(policy, deployments.map(deploymentModel)),
    );
  },
});

function deploymentModel(d: AiServiceDeployment): DeploymentModel {
  const deployment = d.name || "(unnamed)";
  if (!d.model) return { deployment, unreadable: "the deployment's reply names no model" };
  return {
    deployment,
    model: {
      name: d.model,
      ...(d.modelVersion ? { version: d.modelVersion } : {}),
      ...(d.modelFormat ? { format: d.modelFormat } : {}),
      ...(d.modelPublisher ? { publisher: d.modelPublisher } : {}),
    },
  };
}
