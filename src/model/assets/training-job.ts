// A model training run: SageMaker training job, later Azure ML command/sweep jobs.
import type { AssetBase } from "../asset-base.js";
import type { Known } from "../known.js";
import type {
  ComputeVolumeEncryption,
  MlNetworkPlacement,
  NetworkIsolation,
  OutputEncryption,
} from "./ml-compute.js";

export interface TrainingCompute {
  /** Instances across all instance groups; above 1 the job is distributed and nodes talk to each other. */
  instanceCount: number;
  instanceTypes: string[];
}

export interface TrainingJobAsset extends AssetBase {
  kind: "training-job";
  status?: string;
  /** ISO 8601. */
  createdAt?: string;
  trainingImage?: string;
  compute: Known<TrainingCompute>;
  /** Traffic between the job's containers (distributed training) is encrypted. */
  interContainerEncryption: Known<{ enabled: boolean; detail: string }>;
  volumeEncryption: Known<ComputeVolumeEncryption>;
  /** The trained model artifacts written to storage. */
  outputEncryption: Known<OutputEncryption>;
  networkIsolation: Known<NetworkIsolation>;
  network: Known<MlNetworkPlacement>;
  executionRole?: string;
}
