// A managed ML job or job template that runs containers on provisioned instances: SageMaker processing jobs,
// hyperparameter tuning jobs, AutoML jobs, Model Monitor schedules and their job definitions (data quality, model
// quality, model bias, model explainability). Training jobs keep their own kind (training-job).
import type { AssetBase } from "../asset-base.js";
import type { Known } from "../known.js";
import type {
  ComputeVolumeEncryption,
  MlNetworkPlacement,
  NetworkIsolation,
  OutputEncryption,
} from "./ml-compute.js";

export type MlJobType =
  | "processing-job"
  | "hyper-parameter-tuning-job"
  | "automl-job"
  | "monitoring-schedule"
  | "data-quality-job-definition"
  | "model-quality-job-definition"
  | "model-bias-job-definition"
  | "model-explainability-job-definition";

export interface MlJobAsset extends AssetBase {
  kind: "ml-job";
  jobType: MlJobType;
  status?: string;
  /** ISO 8601. */
  createdAt?: string;
  /**
   * Instances per run; above 1 the containers exchange data over the network. "chosen-by-service": the service sizes
   * each run itself (AutoML's candidate jobs) and may run it on several instances.
   */
  instanceCount: Known<number | "chosen-by-service">;
  interContainerEncryption: Known<{ enabled: boolean; detail: string }>;
  /** `offered: false` when the job type has no such setting (AutoML): its VPC placement decides instead. */
  networkIsolation: Known<NetworkIsolation & { offered?: boolean }>;
  volumeEncryption: Known<ComputeVolumeEncryption>;
  /** Results, reports and model artifacts written to storage. */
  outputEncryption: Known<OutputEncryption>;
  network: Known<MlNetworkPlacement>;
  executionRole?: string;
}
