// An interactive notebook machine: SageMaker notebook instance, later Azure ML compute instance.
import type { AssetBase } from "../asset-base.js";
import type { Known } from "../known.js";
import type { ComputeVolumeEncryption, MlNetworkPlacement } from "./ml-compute.js";

export interface NotebookInternetAccess {
  /** The machine reaches the internet without passing the customer's network controls. */
  direct: boolean;
  detail: string;
}

export interface NotebookInboundAccess {
  /** The machine has a public IP address (Azure compute instance enableNodePublicIp). */
  publicIp: boolean;
  /** SSH is open to the machine. */
  ssh: boolean;
  detail: string;
}

export interface NotebookAsset extends AssetBase {
  kind: "notebook";
  status?: string;
  instanceType?: string;
  internetAccess: Known<NotebookInternetAccess>;
  /** Users of the notebook can become root on the machine. */
  rootAccess: Known<{ enabled: boolean; detail: string }>;
  inboundAccess: Known<NotebookInboundAccess>;
  volumeEncryption: Known<ComputeVolumeEncryption>;
  network: Known<MlNetworkPlacement>;
  /** The platform image (SageMaker PlatformIdentifier, e.g. notebook-al2023-v1); absent where a cloud has none. */
  platform?: Known<{ identifier?: string; detail: string }>;
  executionRole?: string;
}
