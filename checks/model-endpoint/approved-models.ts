import {
  APPROVED_MODELS_MESSAGES,
  approvedModelsOutcome,
  type DeploymentModel,
} from "../../src/approved-models/outcome.js";
import type { EndpointVariant } from "../../src/model/assets/model-endpoint.js";
import { cannotTell, defineCheck, whenKnown } from "../../src/model/check.js";
import { MODEL_PROVENANCE } from "../compliance.js";
import { azureMlModel } from "./azureml-model-ref.js";

// The Azure Policy built-ins judge registry models only (by registry, publisher and asset id). Here every
// deployment's model must be on the approved list — a workspace model too — and a registry model must also
// come from an allowed registry when the policy lists registries.
export default defineCheck({
  id: "model-endpoint.approved-models",
  title: "Azure ML online deployments should serve only approved models from allowed registries",
  kind: "model-endpoint",
  category: "supply-chain",
  severity: "medium",
  providers: ["azure"],
  optIn: "--approved-models",
  needsInput: "approvedModels",
  compliance: MODEL_PROVENANCE,
  remediation: {
    text: "Redeploy with a model version on the approved list from an allowed registry, or delete the deployment; to enforce it, assign the built-in Azure Policies that restrict Azure ML deployments to approved registry models and to the allowed registry.",
    cli: {
      azure:
        "az ml online-deployment delete --name DEPLOYMENT --endpoint-name ENDPOINT --resource-group GROUP --workspace-name WORKSPACE",
    },
  },
  messages: APPROVED_MODELS_MESSAGES,
  evaluate: (asset, _graph, inputs) => {
    const policy = inputs?.approvedModels;
    if (!policy) return cannotTell("the approved models", "no --approved-models file was given");
    return whenKnown("the endpoint's deployments", asset.variants, (variants) =>
      approvedModelsOutcome(policy, variants.map(deploymentModel)),
    );
  },
});

function deploymentModel(variant: EndpointVariant): DeploymentModel {
  const deployment = variant.name || "(unnamed)";
  // A deployment without a model asset serves whatever its image or scoring code loads: not something to judge.
  if (!variant.model)
    return { deployment, unreadable: "it names no model asset (the image or scoring code loads the model)" };
  const model = azureMlModel(variant.model);
  if (!model) return { deployment, unreadable: `unrecognised model reference ${variant.model}` };
  return { deployment, model };
}
