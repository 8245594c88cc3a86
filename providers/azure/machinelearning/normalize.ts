import type {
  ComputeInstance,
  ComputeResource,
  OnlineDeployment,
  OnlineEndpoint,
  Workspace,
} from "@azure/arm-machinelearning";
import type { Relation } from "../../../src/model/asset.js";
import type { MlWorkspaceAsset } from "../../../src/model/assets/ml-workspace.js";
import type { EndpointVariant, ModelEndpointAsset } from "../../../src/model/assets/model-endpoint.js";
import type { NotebookAsset } from "../../../src/model/assets/notebook.js";
import { classificationFromTags } from "../../../src/model/classification.js";
import { isUnknown, type Known } from "../../../src/model/known.js";
import type { InventoryRecord } from "../../../src/model/inventory.js";
import { RELATION } from "../../../src/model/relations.js";
import type { AzureReplyReader } from "../replies.js";
import { deploymentEnvironment } from "./deployment-environment.js";
import { ENVIRONMENT_VERSIONS_GET, type EnvironmentReply } from "./environments.js";
import { ML_COMPUTE_INSTANCE_TYPE, ML_ONLINE_ENDPOINT_TYPE, ML_WORKSPACE_TYPE } from "./collect.js";
import { workspaceControls } from "./workspace-controls.js";

function base(record: InventoryRecord, tags: Record<string, string>) {
  return {
    id: record.resourceId,
    provider: "azure" as const,
    account: record.account,
    region: record.region,
    name: record.name,
    tags,
    raw: record.replies,
  };
}

function classify<T extends { tags: Known<Record<string, string>>; dataClassification?: string }>(
  asset: T,
): T {
  const classification = classificationFromTags(asset.tags);
  if (classification) asset.dataClassification = classification;
  return asset;
}

function disabled(value: string | undefined): boolean {
  return (value ?? "").toLowerCase() === "disabled";
}

/** An Azure ML workspace → ml-workspace, with its storage account, key vault and registry as relations. */
export function normalizeMlWorkspace(record: InventoryRecord, read: AzureReplyReader): MlWorkspaceAsset {
  const ws = (record.replies.Workspaces_ListBySubscription ?? {}) as Workspace;
  const relations: Relation[] = [];
  if (ws.storageAccount)
    relations.push({
      type: RELATION.usesStorage,
      target: ws.storageAccount,
      detail: "default storage account",
    });
  if (ws.keyVault) relations.push({ type: RELATION.usesKeyVault, target: ws.keyVault });
  if (ws.containerRegistry) relations.push({ type: RELATION.usesRegistry, target: ws.containerRegistry });
  const approved = (ws.privateEndpointConnections ?? []).filter(
    (pe) => pe.privateLinkServiceConnectionState?.status === "Approved",
  ).length;
  // Unset publicNetworkAccess is Enabled: ARM's default for a workspace created without private endpoints.
  const publicEnabled = !disabled(ws.publicNetworkAccess);
  const enc = ws.encryption;
  const cmk =
    (enc?.status ?? "").toLowerCase() === "enabled" && Boolean(enc?.keyVaultProperties?.keyIdentifier);
  const asset: MlWorkspaceAsset = {
    ...base(record, ws.tags ?? {}),
    kind: "ml-workspace",
    type: ML_WORKSPACE_TYPE,
    relations,
    ...(ws.provisioningState ? { status: ws.provisioningState } : {}),
    publicNetwork: {
      enabled: publicEnabled,
      detail: publicEnabled
        ? `publicNetworkAccess ${ws.publicNetworkAccess ?? "not set (Enabled)"}: the workspace's APIs and studio accept internet traffic (${approved} approved private endpoint(s))`
        : `publicNetworkAccess Disabled: reachable only through private endpoints (${approved} approved connection(s) listed)`,
    },
    encryptionAtRest: cmk
      ? {
          enabled: true,
          keyManager: "customer",
          algorithm: "AES-256 (customer-managed key in Key Vault)",
          ...(enc?.keyVaultProperties.keyIdentifier ? { keyId: enc.keyVaultProperties.keyIdentifier } : {}),
        }
      : { enabled: true, keyManager: "provider", algorithm: "AES-256 (Microsoft-managed keys)" },
    network: {
      customerNetwork: !publicEnabled && approved > 0,
      subnetIds: [],
      securityGroupIds: [],
      detail: `${approved} approved private endpoint connection(s); public network access ${publicEnabled ? "enabled" : "disabled"}`,
    },
    authentication: {
      methods: ["entra-id"],
      detail: "Azure ML workspaces authenticate with Entra ID (Azure RBAC)",
    },
    ...workspaceControls(record, read),
  };
  classify(asset);
  // hbiWorkspace declares high-business-impact data: treat it like a confidential classification tag.
  if (ws.hbiWorkspace === true && !asset.dataClassification) asset.dataClassification = "confidential";
  return asset;
}

/** A managed online endpoint → model-endpoint; its deployments are the variants. */
export function normalizeOnlineEndpoint(record: InventoryRecord, read: AzureReplyReader): ModelEndpointAsset {
  const endpoint = (record.replies.OnlineEndpoints_List ?? {}) as OnlineEndpoint;
  const props = endpoint.properties ?? ({} as OnlineEndpoint["properties"]);
  const publicNetwork = !disabled(props.publicNetworkAccess);
  const mode = (props.authMode ?? "").toLowerCase();
  const method =
    mode === "key" ? "key" : mode === "amltoken" ? "aml-token" : mode === "aadtoken" ? "entra-id" : mode;
  const workspaceId = typeof record.replies.workspaceId === "string" ? record.replies.workspaceId : undefined;
  const relations: Relation[] = workspaceId ? [{ type: "belongs-to", target: workspaceId }] : [];
  return classify<ModelEndpointAsset>({
    ...base(record, endpoint.tags ?? {}),
    kind: "model-endpoint",
    type: ML_ONLINE_ENDPOINT_TYPE,
    relations,
    ...(props.provisioningState ? { status: props.provisioningState } : {}),
    // Every online endpoint demands a key or a token: reachable is not the same as open to anyone.
    exposure: {
      public: false,
      reasons: [`authMode ${props.authMode ?? "unknown"}: every request needs a key or token`],
    },
    networkAccess: {
      publicNetwork,
      detail: `publicNetworkAccess ${props.publicNetworkAccess ?? "not set (Enabled)"}${publicNetwork ? ": the scoring URI accepts internet traffic" : ": private endpoints of the workspace only"}`,
    },
    authentication: {
      required: true,
      methods: [method],
      detail:
        method === "key"
          ? "authMode Key: static keys that never expire; whoever holds one can score"
          : `authMode ${props.authMode}: short-lived tokens issued to Entra ID identities`,
    },
    volumeEncryption: {
      enabled: true,
      keyManager: "provider",
      customerKeySupported: false,
      detail:
        "managed online endpoint hosts use Microsoft-managed disk encryption; no customer key can be set per endpoint",
    },
    dataCapture: {
      enabled: false,
      keyManager: "none",
      detail: "data collection is configured per deployment and not read",
    },
    asyncOutput: { enabled: false, keyManager: "none", detail: "online endpoints are synchronous" },
    variants: variants(record, props.traffic ?? {}, read),
  });
}

function variants(
  record: InventoryRecord,
  traffic: Record<string, number>,
  read: AzureReplyReader,
): Known<EndpointVariant[]> {
  const listed = read<OnlineDeployment[]>(record, "OnlineDeployments_List");
  if (isUnknown(listed)) return listed;
  const environments = record.replies[ENVIRONMENT_VERSIONS_GET] as
    Record<string, EnvironmentReply> | undefined;
  return (listed ?? []).map((d) => {
    const name = d.name ?? "";
    const props = d.properties as { model?: string; instanceType?: string } | undefined;
    return {
      name,
      ...(props?.model ? { model: props.model } : {}),
      ...(props?.instanceType ? { instanceType: props.instanceType } : {}),
      ...(d.sku?.capacity !== undefined ? { instanceCount: d.sku.capacity } : {}),
      serverless: false,
      // A deployment without live traffic (mirror or staged) is not serving production requests.
      shadow: (traffic[name] ?? 0) === 0,
      environment: deploymentEnvironment(d, environments),
    };
  });
}

/** A compute instance → notebook. */
export function normalizeComputeInstance(record: InventoryRecord): NotebookAsset {
  const compute = (record.replies.Compute_List ?? {}) as ComputeResource;
  const instance = (compute.properties ?? {}) as ComputeInstance;
  // Read at api-version 2024-10-01, which adds enableRootAccess to what the pinned SDK types know.
  const props: NonNullable<ComputeInstance["properties"]> & { enableRootAccess?: boolean } =
    instance.properties ?? {};
  // enableNodePublicIp defaults to true: an instance gets a public IP unless created without one.
  const publicIp = props.enableNodePublicIp !== false;
  const ssh = (props.sshSettings?.sshPublicAccess ?? "Disabled").toLowerCase() === "enabled";
  const subnet = props.subnet?.id;
  const localAuth = instance.disableLocalAuth !== true;
  const workspaceId = typeof record.replies.workspaceId === "string" ? record.replies.workspaceId : undefined;
  const relations: Relation[] = [];
  if (workspaceId) relations.push({ type: "belongs-to", target: workspaceId });
  if (subnet) relations.push({ type: RELATION.placedIn, target: subnet });
  return classify<NotebookAsset>({
    ...base(record, compute.tags ?? {}),
    kind: "notebook",
    type: ML_COMPUTE_INSTANCE_TYPE,
    relations,
    ...(props.state ? { status: props.state } : {}),
    ...(props.vmSize ? { instanceType: props.vmSize } : {}),
    internetAccess: {
      direct: publicIp || !subnet,
      detail: publicIp
        ? "enableNodePublicIp true: the instance has a public IP and reaches the internet directly"
        : subnet
          ? `no public IP; traffic leaves through subnet ${subnet}`
          : "no public IP but no subnet either: outbound traffic uses Azure's network, not yours",
    },
    // enableRootAccess defaults to true: the instance's user can sudo unless it was created with it off.
    rootAccess:
      props.enableRootAccess === false
        ? { enabled: false, detail: "enableRootAccess false: the instance's user cannot become root" }
        : {
            enabled: true,
            detail: `enableRootAccess ${props.enableRootAccess === true ? "true" : "not set (true)"}: the instance's user can sudo`,
          },
    inboundAccess: {
      publicIp,
      ssh,
      detail: `${publicIp ? "public IP (enableNodePublicIp true)" : "no public IP"}; public SSH ${ssh ? "enabled" : "disabled"}; local auth ${localAuth ? "enabled (disableLocalAuth not true)" : "disabled"}`,
    },
    volumeEncryption: {
      enabled: true,
      keyManager: "provider",
      customerKeySupported: false,
      detail:
        "compute instance OS disks are encrypted with Microsoft-managed keys; Azure ML takes no customer key for them",
    },
    network: {
      customerNetwork: Boolean(subnet),
      ...(subnet ? { networkId: subnet.replace(/\/subnets\/[^/]+$/i, "") } : {}),
      subnetIds: subnet ? [subnet] : [],
      securityGroupIds: [],
      detail: subnet ? `in subnet ${subnet}` : "not in your virtual network (no subnet)",
    },
  });
}
