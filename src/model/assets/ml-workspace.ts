// A collaborative ML workspace: SageMaker Studio domain, later Azure ML workspace.
import type { AssetBase, EncryptionAtRest } from "../asset-base.js";
import type { Known } from "../known.js";
import type { MlNetworkPlacement } from "./ml-compute.js";

export interface WorkspacePublicNetwork {
  /**
   * Traffic is not confined to the customer's private network: SageMaker Studio AppNetworkAccessType
   * PublicInternetOnly (apps reach the internet through SageMaker's network), Azure ML publicNetworkAccess=Enabled.
   */
  enabled: boolean;
  detail: string;
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
}
