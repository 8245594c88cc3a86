// The workspace controls read from its full GET (api-version 2024-10-01), its diagnostic settings and its
// computes: AI Foundry hub / project kind, managed network isolation, identity, datastore auth, private
// endpoints, resource logs, and each compute's local auth, subnet, OS image and idle shutdown.
import type {
  ManagedNetworkIsolation,
  MlWorkspaceAsset,
  MlWorkspaceCompute,
} from "../../../src/model/assets/ml-workspace.js";
import { isUnknown } from "../../../src/model/known.js";
import type { InventoryRecord } from "../../../src/model/inventory.js";
import {
  DIAGNOSTIC_SETTINGS,
  logDestination,
  type DiagnosticSetting,
} from "../monitor/diagnostic-settings.js";
import {
  approvedPrivateEndpoints,
  privateDnsOf,
  type PrivateEndpointConnectionWire,
} from "../network/private-dns.js";
import type { AzureReplyReader } from "../replies.js";

/** The zones a workspace's private endpoint needs: its API (*.api.azureml.ms) and its notebooks (*.notebooks.azure.net). */
const WORKSPACE_PRIVATE_DNS_ZONES = ["privatelink.api.azureml.ms", "privatelink.notebooks.azure.net"];

/** The ARM wire shape of the fields read here. */
interface WorkspaceGet {
  kind?: string;
  identity?: { type?: string; userAssignedIdentities?: Record<string, unknown> | null };
  properties?: {
    managedNetwork?: { isolationMode?: string; status?: { status?: string } } | null;
    systemDatastoresAuthMode?: string | null;
    hubResourceId?: string | null;
    primaryUserAssignedIdentity?: string | null;
    privateEndpointConnections?: PrivateEndpointConnectionWire[] | null;
    v1LegacyMode?: boolean | null;
  };
}

interface ComputeWire {
  name?: string;
  properties?: {
    computeType?: string;
    disableLocalAuth?: boolean;
    properties?: {
      subnet?: { id?: string } | null;
      osImageMetadata?: { isLatestOsImageVersion?: boolean } | null;
      idleTimeBeforeShutdown?: string | null;
    } | null;
  };
}

type Controls = Pick<
  MlWorkspaceAsset,
  | "workspaceKind"
  | "hubId"
  | "managedNetwork"
  | "privateEndpoints"
  | "privateDns"
  | "v1LegacyMode"
  | "identity"
  | "storageAccess"
  | "diagnosticLogs"
  | "computes"
>;

/** Workspace resource logs: every category group or the audit group counts. */
const WORKSPACE_LOG_CATEGORIES = ["AmlComputeClusterEvent", "AmlComputeJobEvent", "AmlRunStatusChangedEvent"];

export function workspaceControls(record: InventoryRecord, read: AzureReplyReader): Controls {
  const got = read<WorkspaceGet>(record, "Workspaces_Get");
  const diagnostics = read<DiagnosticSetting[]>(record, DIAGNOSTIC_SETTINGS);
  const computes = read<ComputeWire[]>(record, "Compute_List");
  const controls: Controls = {
    diagnosticLogs: isUnknown(diagnostics)
      ? diagnostics
      : logDestination(diagnostics ?? [], WORKSPACE_LOG_CATEGORIES),
    computes: isUnknown(computes) ? computes : (computes ?? []).map(compute),
  };
  if (isUnknown(got)) {
    for (const key of [
      "managedNetwork",
      "privateEndpoints",
      "privateDns",
      "v1LegacyMode",
      "identity",
      "storageAccess",
    ] as const)
      controls[key] = got;
    return controls;
  }
  const props = got?.properties ?? {};
  const kind = got?.kind ?? "Default";
  const hub = props.hubResourceId ?? undefined;
  return {
    ...controls,
    workspaceKind: kind,
    ...(hub ? { hubId: hub } : {}),
    managedNetwork: managedNetwork(kind, props.managedNetwork, hub),
    privateEndpoints: (props.privateEndpointConnections ?? []).filter(
      (pe) => pe.properties?.privateLinkServiceConnectionState?.status === "Approved",
    ).length,
    privateDns: privateDnsOf(
      record,
      read,
      approvedPrivateEndpoints(props.privateEndpointConnections),
      WORKSPACE_PRIVATE_DNS_ZONES,
    ),
    // Unset is false: the v2 API platform (ARM) serves the control plane.
    v1LegacyMode: props.v1LegacyMode === true,
    identity: identity(got?.identity),
    storageAccess: storageAccess(props.systemDatastoresAuthMode),
  };
}

function managedNetwork(
  kind: string,
  network: NonNullable<WorkspaceGet["properties"]>["managedNetwork"],
  hub: string | undefined,
): ManagedNetworkIsolation {
  // A project runs in its hub's managed network; the check looks the hub up.
  if (kind.toLowerCase() === "project" && hub)
    return {
      isolationMode: "Inherited",
      inheritedFrom: hub,
      detail: `a project uses its hub's managed network (${hub})`,
    };
  const mode = network?.isolationMode ?? "Disabled";
  const detail =
    mode === "AllowOnlyApprovedOutbound"
      ? "managed network: only approved outbound destinations"
      : mode === "AllowInternetOutbound"
        ? "managed network allows any internet outbound traffic"
        : "no managed network isolation (isolationMode Disabled or not set)";
  return { isolationMode: mode, detail };
}

function identity(id: WorkspaceGet["identity"]): { type: string; userAssigned: number; detail: string } {
  const type = id?.type ?? "None";
  const userAssigned = Object.keys(id?.userAssignedIdentities ?? {}).length;
  return {
    type,
    userAssigned,
    detail: `identity ${type}${userAssigned ? ` with ${userAssigned} user-assigned identit${userAssigned === 1 ? "y" : "ies"}` : ""}`,
  };
}

function storageAccess(mode: string | null | undefined): { mode: string; detail: string } {
  const value = (mode ?? "accesskey").toLowerCase();
  return value === "identity"
    ? {
        mode: "identity",
        detail: "systemDatastoresAuthMode identity: the workspace reaches storage with Entra ID",
      }
    : {
        mode: value,
        detail: `systemDatastoresAuthMode ${mode ?? "not set (accesskey)"}: the workspace stores and uses the storage account's keys`,
      };
}

/** "PT30M" / "PT1H" → minutes. */
function minutes(duration: string | null | undefined): number | undefined {
  const m = /^PT(?:(\d+)H)?(?:(\d+)M)?$/i.exec(duration ?? "");
  if (!m || (!m[1] && !m[2])) return undefined;
  return Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0);
}

function compute(c: ComputeWire): MlWorkspaceCompute {
  const inner = c.properties?.properties ?? {};
  const idle = minutes(inner.idleTimeBeforeShutdown);
  const latest = inner.osImageMetadata?.isLatestOsImageVersion;
  return {
    name: c.name ?? "",
    computeType: c.properties?.computeType ?? "unknown",
    localAuth: c.properties?.disableLocalAuth !== true,
    ...(inner.subnet?.id ? { subnet: inner.subnet.id } : {}),
    ...(latest !== undefined ? { latestOsImage: latest } : {}),
    ...(idle !== undefined ? { idleShutdownMinutes: idle } : {}),
  };
}
