// Reads the model reference of an Azure ML online deployment (properties.model): an asset id naming a registry
// model (azureml://registries/<registry>/models/<name>/versions/<v>, or the registry's ARM id) or a workspace
// model (the workspace's ARM id, azureml://…/workspaces/…, or the short azureml:<name>:<version>).
import type { DeployedModel } from "../../src/approved-models/match.js";

const BY_PATH = /\/(registries|workspaces)\/([^/]+)\/models\/([^/]+)(?:\/(versions|labels)\/([^/]+))?\/?$/i;
const SHORT = /^azureml:([^:@/]+)(?::([^:@/]+)|@([^:@/]+))?$/i;

/** The model a reference names; undefined when it is in none of the forms above. */
export function azureMlModel(reference: string): DeployedModel | undefined {
  const path = BY_PATH.exec(reference.trim());
  if (path) {
    const [, scope, owner, name, pin, value] = path;
    return {
      name: name!,
      // A label (latest, …) pins no version: what it resolves to can change under the deployment.
      ...(pin?.toLowerCase() === "versions" ? { version: value! } : {}),
      ...(scope!.toLowerCase() === "registries" ? { registry: owner! } : {}),
    };
  }
  const short = SHORT.exec(reference.trim());
  if (short) return { name: short[1]!, ...(short[2] ? { version: short[2] } : {}) };
  return undefined;
}
