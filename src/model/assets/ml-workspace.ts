// A collaborative ML workspace: SageMaker Studio domain, later Azure ML workspace.
import type { AssetBase, EncryptionAtRest } from "../asset-base.js";
import type { Known } from "../known.js";
import type { MlNetworkPlacement } from "./ml-compute.js";
import type { PrivateDns } from "./private-dns.js";

export interface WorkspacePublicNetwork {
  /**
   * Traffic is not confined to the customer's private network: SageMaker Studio AppNetworkAccessType
   * PublicInternetOnly (apps reach the internet through SageMaker's network), Azure ML publicNetworkAccess=Enabled.
   */
  enabled: boolean;
  detail: string;
}

/** Outbound isolation of the workspace's managed virtual network (Azure ML / AI Foundry hubs). */
export interface ManagedNetworkIsolation {
  /** "Disabled" (no managed network), "AllowInternetOutbound", "AllowOnlyApprovedOutbound". */
  isolationMode: string;
  /** Where a project's setting comes from: its hub's id. */
  inheritedFrom?: string;
  detail: string;
}

/** One compute target of an Azure ML workspace (instances and clusters alike). */
export interface MlWorkspaceCompute {
  name: string;
  /** "ComputeInstance", "AmlCompute", "Kubernetes", … */
  computeType: string;
  localAuth: boolean;
  subnet?: string;
  /** Compute instances: false when a newer OS image exists; undefined when not reported. */
  latestOsImage?: boolean;
  /** Compute instances: idle minutes before shutdown; undefined when no idle shutdown is set. */
  idleShutdownMinutes?: number;
}

export interface MlWorkspaceAsset extends AssetBase {
  kind: "ml-workspace";
  status?: string;
  publicNetwork: Known<WorkspacePublicNetwork>;
  /** Workspace storage (Studio home EFS and app volumes, Azure ML workspace CMK). */
  encryptionAtRest: Known<EncryptionAtRest>;
  network: Known<MlNetworkPlacement>;
  /** How users sign in: "iam", "sso", "entra-id". */
  authentication: Known<{ methods: string[]; detail: string }>;
  /** Azure: "Default", "Hub" (AI Foundry hub), "Project", "FeatureStore". */
  workspaceKind?: string;
  /** Azure: the hub a project belongs to. */
  hubId?: string;
  managedNetwork?: Known<ManagedNetworkIsolation>;
  /** Azure: approved private endpoint connections. */
  privateEndpoints?: Known<number>;
  /** Azure: the workspace's managed identity. */
  identity?: Known<{ type: string; userAssigned: number; detail: string }>;
  /** Azure: how the workspace reaches its default storage: "identity" (Entra ID) or "accesskey". */
  storageAccess?: Known<{ mode: string; detail: string }>;
  /** Azure: resource logs sent by diagnostic settings. */
  diagnosticLogs?: Known<{ enabled: boolean; target?: string; setting?: string }>;
  /** Azure: which private DNS zones resolve the workspace's private endpoints. */
  privateDns?: Known<PrivateDns>;
  /** Azure: v1LegacyMode, which keeps the v1 API's network isolation (workspace private link) for its control plane. */
  v1LegacyMode?: Known<boolean>;
  /** Azure: the workspace's computes. */
  computes?: Known<MlWorkspaceCompute[]>;
}
