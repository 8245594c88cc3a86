// The environment each online deployment runs in. A curated environment lives in Microsoft's azureml registry
// and is judged by its name (nothing to read); a workspace environment's version holds its image and conda file.
import type {
  AzureMachineLearningWorkspaces,
  EnvironmentVersion,
  OnlineDeployment,
} from "@azure/arm-machinelearning";
import type { AzureCollectContext } from "../context.js";
import type { AzureReadScope } from "../reader.js";

export const ENVIRONMENT_VERSIONS_GET = "EnvironmentVersions_Get";

/** One environment version's reply, or the error code that stopped the read. */
export type EnvironmentReply = EnvironmentVersion | { readError: string };

const WORKSPACE_ENVIRONMENT =
  /^\/subscriptions\/[^/]+\/resourceGroups\/([^/]+)\/providers\/Microsoft\.MachineLearningServices\/workspaces\/([^/]+)\/environments\/([^/]+)\/versions\/([^/]+)$/i;

export function environmentIdOf(deployment: OnlineDeployment): string | undefined {
  const id = (deployment.properties as { environmentId?: unknown } | undefined)?.environmentId;
  return typeof id === "string" && id.length > 0 ? id : undefined;
}

/** Reads each workspace environment version the deployments name, once; keyed by environment id. */
export async function readEnvironments(
  ctx: AzureCollectContext,
  client: AzureMachineLearningWorkspaces,
  service: string,
  deployments: readonly OnlineDeployment[],
  scope: AzureReadScope,
): Promise<Record<string, EnvironmentReply>> {
  const ids = [...new Set(deployments.map(environmentIdOf).filter((id): id is string => !!id))];
  const replies: Record<string, EnvironmentReply> = {};
  await Promise.all(
    ids.map(async (id) => {
      const parts = WORKSPACE_ENVIRONMENT.exec(id);
      if (!parts) return;
      const [, group = "", workspace = "", name = "", version = ""] = parts;
      const read = await ctx.reader.get(service, ENVIRONMENT_VERSIONS_GET, { ...scope, resource: id }, () =>
        client.environmentVersions.get(group, workspace, name, version),
      );
      replies[id] = read.ok && read.value ? read.value : { readError: read.ok ? "NotFound" : read.code };
    }),
  );
  return replies;
}
