// An online deployment's environment as the model sees it: a curated registry environment from its URI, or a
// workspace environment version's image and conda file from the reply read for it.
import type { EnvironmentVersion, OnlineDeployment } from "@azure/arm-machinelearning";
import type { DeploymentEnvironment } from "../../../src/model/assets/model-endpoint.js";
import { unknown, type Known } from "../../../src/model/known.js";
import { environmentIdOf, type EnvironmentReply } from "./environments.js";

const REGISTRY_ENVIRONMENT =
  /^azureml:\/\/registries\/([^/]+)\/environments\/([^/]+)\/(?:versions|labels)\/([^/]+)$/i;

export function deploymentEnvironment(
  deployment: OnlineDeployment,
  replies: Readonly<Record<string, EnvironmentReply>> | undefined,
): Known<DeploymentEnvironment> {
  const id = environmentIdOf(deployment);
  if (!id)
    return unknown(
      "the deployment names no environment (an MLflow model deployed without one runs in an environment the service picks)",
    );
  const registry = REGISTRY_ENVIRONMENT.exec(id);
  if (registry) {
    const [, name = "", env = "", version = ""] = registry;
    return { id, curated: { registry: name, name: env, version } };
  }
  const reply = replies?.[id];
  if (!reply) return unknown(`environment ${id} was not read`);
  if ("readError" in reply) return unknown(`EnvironmentVersions_Get failed: ${reply.readError}`);
  const props = (reply as EnvironmentVersion).properties;
  return {
    id,
    ...(props?.image ? { image: props.image } : {}),
    ...(props?.condaFile ? { condaFile: props.condaFile } : {}),
  };
}
