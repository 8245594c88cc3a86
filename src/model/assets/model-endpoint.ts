// A hosted model endpoint: SageMaker real-time / serverless / async endpoint (with its endpoint configuration),
// later Azure ML managed online endpoints.
import type { AssetBase, ExposureVerdict } from "../asset-base.js";
import type { Known } from "../known.js";
import type { ComputeVolumeEncryption, OutputEncryption } from "./ml-compute.js";

export interface EndpointVariant {
  name: string;
  /** Model (or Azure deployment) the variant serves. */
  model?: string;
  instanceType?: string;
  /** Instances serving now, else the configured initial count; undefined for serverless variants. */
  instanceCount?: number;
  serverless: boolean;
  /** A shadow variant receives a copy of the traffic for testing. */
  shadow: boolean;
  /** The software environment the variant runs in (Azure ML deployments); absent where the cloud has none. */
  environment?: Known<DeploymentEnvironment>;
}

/** An Azure ML environment: a curated one from a registry, or a workspace environment's image and conda file. */
export interface DeploymentEnvironment {
  /** As the deployment names it (ARM id of the environment version, or an azureml://registries/… URI). */
  id: string;
  curated?: { registry: string; name: string; version: string };
  image?: string;
  /** The conda file's YAML text, as the environment version holds it. */
  condaFile?: string;
}

/** Network reachability of the inference API, independent of authentication. */
export interface EndpointNetworkAccess {
  /** Reachable from the public internet (Azure publicNetworkAccess=Enabled; SageMaker's regional runtime API). */
  publicNetwork: boolean;
  detail: string;
}

export interface EndpointAuthentication {
  /** Requests without credentials are refused. */
  required: boolean;
  /** "aws-iam", "key", "aml-token", "entra-id". */
  methods: string[];
  detail: string;
}

/** Copies of inference requests and responses kept by the platform (SageMaker data capture, Azure data collection). */
export interface InferenceCapture extends OutputEncryption {
  enabled: boolean;
}

export interface ModelEndpointAsset extends AssetBase {
  kind: "model-endpoint";
  status?: string;
  /** Anyone on the internet (no credentials) can invoke the endpoint. */
  exposure: Known<ExposureVerdict>;
  networkAccess: Known<EndpointNetworkAccess>;
  authentication: Known<EndpointAuthentication>;
  /** Storage volumes of the instances that host the model. */
  volumeEncryption: Known<ComputeVolumeEncryption>;
  dataCapture: Known<InferenceCapture>;
  /** Asynchronous inference results written to storage; enabled=false for synchronous endpoints. */
  asyncOutput: Known<InferenceCapture>;
  variants: Known<EndpointVariant[]>;
}
