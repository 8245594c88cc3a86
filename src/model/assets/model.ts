// A deployable model definition: SageMaker model (containers + artifacts + network settings), later Azure ML
// model deployments' environments.
import type { AssetBase } from "../asset-base.js";
import type { Known } from "../known.js";
import type { MlNetworkPlacement, NetworkIsolation } from "./ml-compute.js";

export interface ModelContainer {
  /** Container image URI (registry/repository:tag or @digest). */
  image?: string;
  /** When the image is not named directly: the model package / registry entry it comes from. */
  modelPackage?: string;
  /** Artifacts location (s3:// URI); also a loads-artifacts-from relation to its bucket. */
  modelDataUrl?: string;
  hostname?: string;
  /** Where the image is pulled from: SageMaker ImageConfig.RepositoryAccessMode "Platform" or "Vpc" (absent: not configured). */
  repositoryAccessMode?: string;
}

export interface ModelAsset extends AssetBase {
  kind: "model";
  /** Inference containers, in pipeline order. */
  containers: Known<ModelContainer[]>;
  networkIsolation: Known<NetworkIsolation>;
  network: Known<MlNetworkPlacement>;
  /** Role the containers run as (ARN / managed identity id). */
  executionRole?: string;
}
