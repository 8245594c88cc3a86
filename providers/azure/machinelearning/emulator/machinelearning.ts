// Microsoft.MachineLearningServices (api-version 2022-10-01 as @azure/arm-machinelearning 2.1 sends, newer dates
// accepted): workspaces by subscription, one workspace's GET (2024-10-01 shape: kind, managed network), a workspace's online endpoints and their deployments, its environment versions, and its computes.
// The estate holds `az ml … show` (snake_case) shapes; these handlers emit ARM wire JSON (camelCase, `properties`).
import { armResourceId } from "../../../../mocks/estate/azure-common.js";
import { stringify } from "yaml";
import type { AzureMlCompute, AzureMlEndpoint, AzureMlEnvironment, AzureMlWorkspace } from "./estate.js";
import type { AzureSubscription } from "../../../../mocks/estate/azure.js";
import type { EmuResponse, HandlerContext } from "../../../../mocks/types.js";
import {
  armError,
  armJson,
  armPage,
  armService,
  locateResource,
  lastProviderNamespace,
  subscriptionList,
} from "../../../../mocks/azure/arm.js";
import { mlEstate } from "./estate.js";

const TYPE = "Microsoft.MachineLearningServices/workspaces";
const AUTH_MODES = { key: "Key", aml_token: "AMLToken", aad_token: "AADToken" } as const;
const COMPUTE_TYPES = {
  computeinstance: "ComputeInstance",
  amlcompute: "AmlCompute",
  kubernetes: "Kubernetes",
  virtualmachine: "VirtualMachine",
} as const;

function workspaceId(s: AzureSubscription, ws: AzureMlWorkspace): string {
  return armResourceId(s.subscriptionId, ws.resourceGroup, TYPE, ws.name);
}

function defined(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null));
}

function workspaceToArm(s: AzureSubscription, ws: AzureMlWorkspace) {
  const cmk = ws.customer_managed_key;
  return {
    id: workspaceId(s, ws),
    name: ws.name,
    type: TYPE,
    location: ws.location,
    tags: ws.tags,
    kind: "Default",
    sku: { name: "Basic", tier: "Basic" },
    identity: ws.identity ?? { type: "SystemAssigned" },
    properties: defined({
      friendlyName: ws.display_name ?? ws.name,
      storageAccount: ws.storage_account,
      keyVault: ws.key_vault,
      containerRegistry: ws.container_registry,
      applicationInsights: ws.application_insights,
      hbiWorkspace: ws.hbi_workspace,
      publicNetworkAccess: ws.public_network_access,
      encryption: cmk
        ? {
            status: "Enabled",
            keyVaultProperties: { keyVaultArmId: cmk.key_vault, keyIdentifier: cmk.key_uri },
          }
        : undefined,
      provisioningState: "Succeeded",
      discoveryUrl: `https://${ws.location}.api.azureml.ms/discovery`,
      v1LegacyMode: ws.v1_legacy_mode,
    }),
  };
}

const KINDS = { default: "Default", hub: "Hub", project: "Project", featurestore: "FeatureStore" } as const;
const ISOLATION = {
  disabled: "Disabled",
  allow_internet_outbound: "AllowInternetOutbound",
  allow_only_approved_outbound: "AllowOnlyApprovedOutbound",
} as Record<string, string>;

/** `system_assigned,user_assigned` (the CLI's) → `SystemAssigned,UserAssigned` (ARM's). */
function armIdentity(identity: unknown): unknown {
  if (!identity || typeof identity !== "object") return { type: "SystemAssigned" };
  const { type, user_assigned_identities, ...rest } = identity as Record<string, unknown>;
  const armType = String(type ?? "SystemAssigned")
    .split(",")
    .map((t) => t.trim().replace(/(^|_)([a-z])/g, (_m, _s, c: string) => c.toUpperCase()))
    .join(",");
  return defined({ ...rest, type: armType, userAssignedIdentities: user_assigned_identities });
}

/** The GET at api-version 2024-10-01: the listed workspace plus kind, managed network, auth mode, private endpoints. */
function workspaceGetToArm(s: AzureSubscription, ws: AzureMlWorkspace) {
  const listed = workspaceToArm(s, ws);
  const network = ws.managed_network as { isolation_mode?: string } | undefined;
  const id = workspaceId(s, ws);
  return {
    ...listed,
    kind: KINDS[ws.kind],
    identity: armIdentity(ws.identity),
    properties: defined({
      ...listed.properties,
      managedNetwork: network
        ? {
            isolationMode: ISOLATION[network.isolation_mode ?? "disabled"] ?? network.isolation_mode,
            status: { status: "Active" },
          }
        : { isolationMode: "Disabled" },
      systemDatastoresAuthMode: ws.system_datastores_auth_mode,
      hubResourceId: ws.workspace_hub,
      primaryUserAssignedIdentity: ws.primary_user_assigned_identity,
      v1LegacyMode: ws.v1_legacy_mode,
      privateEndpointConnections: ws.private_endpoint_connections.map((pe) => ({
        id: `${id}/privateEndpointConnections/${pe.name}`,
        name: pe.name,
        type: `${TYPE}/privateEndpointConnections`,
        properties: {
          privateEndpoint: {
            id: `${id.split("/providers/")[0]}/providers/Microsoft.Network/privateEndpoints/${pe.name}`,
          },
          privateLinkServiceConnectionState: { status: pe.status, description: "", actionsRequired: "None" },
          provisioningState: "Succeeded",
        },
      })),
    }),
  };
}

const CATEGORY = {
  azure_ai_search: "CognitiveSearch",
  azure_blob: "AzureBlob",
  azure_open_ai: "AzureOpenAI",
  ai_services: "AIServices",
} as const;
const AUTH = { aad: "AAD", api_key: "ApiKey", account_key: "AccountKey", sas: "SAS" } as const;

/** Connections as the list returns them: category, target and metadata, never credentials. */
function connectionsToArm(s: AzureSubscription, ws: AzureMlWorkspace) {
  return ws.connections.map((c) => ({
    id: `${workspaceId(s, ws)}/connections/${c.name}`,
    name: c.name,
    type: `${TYPE}/connections`,
    properties: defined({
      category: CATEGORY[c.type],
      target: c.target,
      authType: AUTH[c.auth_type],
      isSharedToAll: true,
      metadata: c.resource_id ? { ApiType: "Azure", ResourceId: c.resource_id } : undefined,
    }),
  }));
}

function endpointToArm(s: AzureSubscription, ws: AzureMlWorkspace, ep: AzureMlEndpoint) {
  return {
    id: `${workspaceId(s, ws)}/onlineEndpoints/${ep.name}`,
    name: ep.name,
    type: `${TYPE}/onlineEndpoints`,
    location: ws.location,
    tags: ep.tags,
    kind: "Managed",
    identity: { type: "SystemAssigned" },
    properties: {
      authMode: AUTH_MODES[ep.auth_mode],
      publicNetworkAccess: ep.public_network_access === "enabled" ? "Enabled" : "Disabled",
      traffic: ep.traffic,
      scoringUri: `https://${ep.name}.${ws.location}.inference.ml.azure.com/score`,
      provisioningState: "Succeeded",
    },
  };
}

function deploymentsToArm(s: AzureSubscription, ws: AzureMlWorkspace, ep: AzureMlEndpoint) {
  return ep.deployments.map((d) => ({
    id: `${workspaceId(s, ws)}/onlineEndpoints/${ep.name}/deployments/${d.name}`,
    name: d.name,
    type: `${TYPE}/onlineEndpoints/deployments`,
    location: ws.location,
    kind: "Managed",
    sku: { name: "Default", tier: "Standard", capacity: d.instance_count },
    properties: defined({
      endpointComputeType: "Managed",
      model: d.model,
      environmentId: environmentIdOf(s, ws, d.environment),
      instanceType: d.instance_type,
      provisioningState: "Succeeded",
      scaleSettings: { scaleType: "Default" },
    }),
  }));
}

/** `azureml:NAME:VERSION` → the environment version's ARM id; a registry URI stays as ARM reports it. */
function environmentIdOf(s: AzureSubscription, ws: AzureMlWorkspace, environment: string | undefined) {
  const short = environment ? /^azureml:([^:/]+):([^:/]+)$/.exec(environment) : null;
  return short ? `${workspaceId(s, ws)}/environments/${short[1]}/versions/${short[2]}` : environment;
}

/** ARM holds the conda file as YAML text. */
function environmentToArm(s: AzureSubscription, ws: AzureMlWorkspace, env: AzureMlEnvironment) {
  return {
    id: `${workspaceId(s, ws)}/environments/${env.name}/versions/${env.version}`,
    name: env.version,
    type: `${TYPE}/environments/versions`,
    properties: defined({
      image: env.image,
      condaFile: env.conda_file ? stringify(env.conda_file) : undefined,
      osType: "Linux",
      isAnonymous: false,
      autoRebuild: "Disabled",
      provisioningState: "Succeeded",
    }),
  };
}

function computeToArm(s: AzureSubscription, ws: AzureMlWorkspace, c: AzureMlCompute) {
  const instance = c.type === "computeinstance";
  const subnet = c.network_settings?.subnet;
  return {
    id: `${workspaceId(s, ws)}/computes/${c.name}`,
    name: c.name,
    type: `${TYPE}/computes`,
    location: ws.location,
    tags: c.tags,
    properties: defined({
      computeType: COMPUTE_TYPES[c.type],
      computeLocation: ws.location,
      provisioningState: "Succeeded",
      disableLocalAuth: c.disable_local_auth,
      properties: defined({
        vmSize: c.size,
        subnet: subnet ? { id: subnet } : undefined,
        enableNodePublicIp: c.enable_node_public_ip,
        ...(instance
          ? {
              state: c.state,
              enableRootAccess: c.enable_root_access,
              osImageMetadata: osImage(c.os_image_metadata),
              idleTimeBeforeShutdown:
                typeof c.idle_time_before_shutdown_minutes === "number"
                  ? `PT${c.idle_time_before_shutdown_minutes}M`
                  : undefined,
              sshSettings: {
                sshPublicAccess: c.ssh_public_access_enabled ? "Enabled" : "Disabled",
                adminUserName: "azureuser",
                sshPort: c.ssh_public_access_enabled ? 50000 : undefined,
              },
            }
          : { remoteLoginPortPublicAccess: c.ssh_public_access_enabled ? "Enabled" : "Disabled" }),
      }),
    }),
  };
}

/** `os_image_metadata` as `az ml compute show` prints it → ARM's osImageMetadata. */
function osImage(meta: unknown) {
  if (!meta || typeof meta !== "object") return undefined;
  const m = meta as Record<string, unknown>;
  return defined({
    isLatestOsImageVersion: m.is_latest_os_image_version,
    currentImageVersion: m.current_image_version,
    latestImageVersion: m.latest_image_version,
  });
}

function withWorkspace(
  params: Record<string, string>,
  ctx: HandlerContext,
  then: (s: AzureSubscription, ws: AzureMlWorkspace) => EmuResponse,
): EmuResponse {
  const found = locateResource(params, ctx, (s) => mlEstate.of(s), "workspaceName", TYPE);
  return "error" in found ? found.error : then(found.subscription, found.resource);
}

const WORKSPACE =
  "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}";

export const azureMachineLearning = armService(
  "azure-machinelearning",
  (path) => lastProviderNamespace(path) === "microsoft.machinelearningservices",
  [
    subscriptionList(
      "Workspaces_ListBySubscription",
      "/subscriptions/{subscriptionId}/providers/Microsoft.MachineLearningServices/workspaces",
      (subscription) => mlEstate.of(subscription).map((ws) => workspaceToArm(subscription, ws)),
    ),
    {
      operation: "Workspaces_Get",
      path: WORKSPACE,
      handle: (params, _req, ctx) => withWorkspace(params, ctx, (s, ws) => armJson(workspaceGetToArm(s, ws))),
    },
    {
      operation: "WorkspaceConnections_List",
      path: `${WORKSPACE}/connections`,
      handle: (params, req, ctx) =>
        withWorkspace(params, ctx, (s, ws) => armPage(connectionsToArm(s, ws), req, ctx)),
    },
    {
      operation: "OnlineEndpoints_List",
      path: `${WORKSPACE}/onlineEndpoints`,
      handle: (params, req, ctx) =>
        withWorkspace(params, ctx, (s, ws) =>
          armPage(
            ws.online_endpoints.map((ep) => endpointToArm(s, ws, ep)),
            req,
            ctx,
          ),
        ),
    },
    {
      operation: "OnlineDeployments_List",
      path: `${WORKSPACE}/onlineEndpoints/{endpointName}/deployments`,
      handle: (params, req, ctx) =>
        withWorkspace(params, ctx, (s, ws) => {
          const ep = ws.online_endpoints.find(
            (e) => e.name.toLowerCase() === (params.endpointName ?? "").toLowerCase(),
          );
          if (!ep)
            return armError(
              404,
              "ResourceNotFound",
              `The Resource '${TYPE}/onlineEndpoints/${params.endpointName ?? ""}' under resource group '${params.resourceGroupName ?? ""}' was not found.`,
            );
          return armPage(deploymentsToArm(s, ws, ep), req, ctx);
        }),
    },
    {
      operation: "EnvironmentVersions_Get",
      path: `${WORKSPACE}/environments/{name}/versions/{version}`,
      handle: (params, _req, ctx) =>
        withWorkspace(params, ctx, (s, ws) => {
          const env = ws.environments.find(
            (e) => e.name.toLowerCase() === (params.name ?? "").toLowerCase() && e.version === params.version,
          );
          return env
            ? armJson(environmentToArm(s, ws, env))
            : armError(
                404,
                "ResourceNotFound",
                `The Resource '${TYPE}/environments/${params.name ?? ""}/versions/${params.version ?? ""}' under resource group '${params.resourceGroupName ?? ""}' was not found.`,
              );
        }),
    },
    {
      operation: "Compute_List",
      path: `${WORKSPACE}/computes`,
      handle: (params, req, ctx) =>
        withWorkspace(params, ctx, (s, ws) =>
          armPage(
            ws.computes.map((c) => computeToArm(s, ws, c)),
            req,
            ctx,
          ),
        ),
    },
  ],
);
