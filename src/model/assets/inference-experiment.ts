// An inference experiment: a SageMaker shadow test, which runs shadow model variants on an endpoint beside its
// production variant and may store the requests and responses it sees.
import type { AssetBase } from "../asset-base.js";
import type { Known } from "../known.js";
import type { ComputeVolumeEncryption } from "./ml-compute.js";
import type { InferenceCapture } from "./model-endpoint.js";

export interface ExperimentVariant {
  name: string;
  model?: string;
  instanceType?: string;
  instanceCount?: number;
}

export interface InferenceExperimentAsset extends AssetBase {
  kind: "inference-experiment";
  /** "ShadowMode" for SageMaker shadow tests. */
  experimentType?: string;
  status?: string;
  /** The endpoint the experiment runs on. */
  endpointName?: string;
  /** Storage volumes of the instances that host the experiment's model variants. */
  volumeEncryption: Known<ComputeVolumeEncryption>;
  /** Requests and responses the experiment stores; enabled=false when it stores none. */
  dataStorage: Known<InferenceCapture>;
  variants: Known<ExperimentVariant[]>;
  executionRole?: string;
}
