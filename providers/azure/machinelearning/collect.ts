import {
  AzureMachineLearningWorkspaces,
  type ComputeResource,
  type OnlineEndpoint,
  type Workspace,
} from "@azure/arm-machinelearning";
import { armRecord, resourceGroupOf, type AzureCollectContext } from "../context.js";
import { DIAGNOSTIC_SETTINGS, readDiagnosticSettings } from "../monitor/diagnostic-settings.js";
import { forEachBounded } from "../../../src/engine/resource-pool.js";
import { ENVIRONMENT_VERSIONS_GET, readEnvironments } from "./environments.js";
import {
  approvedPrivateEndpoints,
  readPrivateDns,
  type PrivateEndpointConnectionWire,
} from "../network/private-dns.js";

export const ML_SERVICE = "machinelearning";
export const ML_WORKSPACE_TYPE = "azure.machinelearning.workspace";
export const ML_ONLINE_ENDPOINT_TYPE = "azure.machinelearning.onlineendpoint";
export const ML_COMPUTE_INSTANCE_TYPE = "azure.machinelearning.computeinstance";
export const COMPUTE_API_VERSION = "2024-10-01";
/** The workspace GET at a version that reports kind (Hub, Project), managedNetwork and systemDatastoresAuthMode. */
export const WORKSPACE_API_VERSION = "2024-10-01";

/**
 * Azure ML workspaces of one subscription (the list carries the SDK's workspace properties), and per workspace
 * its full GET (kind, managed network, datastore auth), diagnostic settings, online endpoints (with their
 * deployments and the environments they run in) and computes (kept on the workspace; compute instances are also
 * records of their own). A workspace whose endpoints or computes cannot be read keeps its own record; the failure
 * is an error entry naming the workspace.
 */
export async function collectMachineLearning(ctx: AzureCollectContext): Promise<void> {
  const client = new AzureMachineLearningWorkspaces(
    ctx.arm.credential,
    ctx.subscriptionId,
    ctx.arm.clientOptions,
  );
  const workspaces = await ctx.reader.list(
    ML_SERVICE,
    "Workspaces_ListBySubscription",
    { subscription: ctx.subscriptionId },
    () => client.workspaces.listBySubscription(),
  );
  if (!workspaces.ok || !workspaces.value) return;
  ctx.options.onProgress?.(`azure ${ctx.subscriptionId}: ${workspaces.value.length} ML workspaces`);
  await forEachBounded(workspaces.value, ctx.options.concurrency, (workspace) =>
    collectWorkspace(ctx, client, workspace),
  );
}

async function collectWorkspace(
  ctx: AzureCollectContext,
  client: AzureMachineLearningWorkspaces,
  workspace: Workspace,
): Promise<void> {
  if (!workspace.id || !workspace.name) return;
  const id = workspace.id;
  const scope = { subscription: ctx.subscriptionId, region: workspace.location, resource: id };
  const group = resourceGroupOf(id);
  const name = workspace.name;
  const [detail, diagnostics, connections, endpoints, computes] = await Promise.all([
    ctx.reader.get(ML_SERVICE, "Workspaces_Get", scope, () => ctx.rest.get(id, WORKSPACE_API_VERSION)),
    readDiagnosticSettings(ctx, ctx.rest, id, scope),
    ctx.reader.list(ML_SERVICE, "WorkspaceConnections_List", scope, () =>
      ctx.rest.list(`${id}/connections`, WORKSPACE_API_VERSION),
    ),
    ctx.reader.list(ML_SERVICE, "OnlineEndpoints_List", scope, () =>
      client.onlineEndpoints.list(group, name),
    ),
    // Through the REST pipeline at a newer api-version: 2022-10-01 (the SDK's) does not report enableRootAccess.
    ctx.reader.list<ComputeResource>(ML_SERVICE, "Compute_List", scope, () =>
      ctx.rest.list<ComputeResource>(`${id}/computes`, COMPUTE_API_VERSION),
    ),
  ]);
  const replies: Record<string, unknown> = { Workspaces_ListBySubscription: workspace };
  if (detail.ok) replies.Workspaces_Get = detail.value;
  // The private endpoint connections are on the full GET; without it there is nothing to resolve.
  if (detail.ok) {
    const got = detail.value as {
      properties?: { privateEndpointConnections?: PrivateEndpointConnectionWire[] };
    };
    await readPrivateDns(
      ctx,
      approvedPrivateEndpoints(got?.properties?.privateEndpointConnections),
      scope,
      replies,
    );
  }
  if (diagnostics.ok) replies[DIAGNOSTIC_SETTINGS] = diagnostics.value;
  if (connections.ok) replies.WorkspaceConnections_List = connections.value;
  if (computes.ok) replies.Compute_List = computes.value;
  ctx.inventory.records.push(armRecord(ctx, workspace, ML_SERVICE, ML_WORKSPACE_TYPE, replies));
  if (endpoints.ok && endpoints.value)
    await forEachBounded(endpoints.value, ctx.options.concurrency, (endpoint) =>
      collectEndpoint(ctx, client, workspace, group, endpoint),
    );
  if (computes.ok && computes.value)
    for (const compute of computes.value) collectCompute(ctx, workspace, compute);
}

async function collectEndpoint(
  ctx: AzureCollectContext,
  client: AzureMachineLearningWorkspaces,
  workspace: Workspace,
  group: string,
  endpoint: OnlineEndpoint,
): Promise<void> {
  if (!endpoint.id || !endpoint.name || !workspace.name) return;
  const replies: Record<string, unknown> = { OnlineEndpoints_List: endpoint, workspaceId: workspace.id };
  const scope = { subscription: ctx.subscriptionId, region: endpoint.location, resource: endpoint.id };
  const workspaceName = workspace.name;
  const endpointName = endpoint.name;
  const deployments = await ctx.reader.list(ML_SERVICE, "OnlineDeployments_List", scope, () =>
    client.onlineDeployments.list(group, workspaceName, endpointName),
  );
  if (deployments.ok) replies.OnlineDeployments_List = deployments.value;
  if (deployments.ok && deployments.value)
    replies[ENVIRONMENT_VERSIONS_GET] = await readEnvironments(
      ctx,
      client,
      ML_SERVICE,
      deployments.value,
      scope,
    );
  ctx.inventory.records.push(armRecord(ctx, endpoint, ML_SERVICE, ML_ONLINE_ENDPOINT_TYPE, replies));
}

/** Compute instances are the notebooks of Azure ML; clusters, attached VMs and Kubernetes are not read yet. */
function collectCompute(ctx: AzureCollectContext, workspace: Workspace, compute: ComputeResource): void {
  if (compute.properties?.computeType !== "ComputeInstance") return;
  ctx.inventory.records.push(
    armRecord(
      ctx,
      { id: compute.id, name: compute.name, location: compute.location ?? workspace.location },
      ML_SERVICE,
      ML_COMPUTE_INSTANCE_TYPE,
      { Compute_List: compute, workspaceId: workspace.id },
    ),
  );
}
