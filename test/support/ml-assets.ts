// Builders for the ML compute assets (SageMaker today, Azure ML later): hardened by default, so each check
// table overrides only the property it is about.
import type { ModelEndpointAsset } from "../../src/model/assets/model-endpoint.js";
import type { ModelAsset } from "../../src/model/assets/model.js";
import type { MlWorkspaceAsset } from "../../src/model/assets/ml-workspace.js";
import type { NotebookAsset } from "../../src/model/assets/notebook.js";
import type { TrainingJobAsset } from "../../src/model/assets/training-job.js";
import type { MlJobAsset } from "../../src/model/assets/ml-job.js";
import type { ComputeVolumeEncryption, MlNetworkPlacement } from "../../src/model/assets/ml-compute.js";

const KEY = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const ARN = "arn:aws:sagemaker:us-east-1:111122223333";

export const CUSTOMER_VOLUME_KEY: ComputeVolumeEncryption = {
  enabled: true,
  keyManager: "customer",
  algorithm: "aws:kms",
  keyId: KEY,
  customerKeySupported: true,
  detail: `volumes encrypted with customer-managed key ${KEY}`,
};

export const AWS_MANAGED_VOLUME_KEY: ComputeVolumeEncryption = {
  enabled: true,
  keyManager: "provider",
  algorithm: "aws:kms",
  customerKeySupported: true,
  detail: "no KMS key is set, so SageMaker encrypts the volumes with an AWS managed key",
};

export const IN_VPC: MlNetworkPlacement = {
  customerNetwork: true,
  subnetIds: ["subnet-1"],
  securityGroupIds: ["sg-1"],
  detail: "attached to subnets subnet-1 with security groups sg-1",
};

export const NO_VPC: MlNetworkPlacement = {
  customerNetwork: false,
  subnetIds: [],
  securityGroupIds: [],
  detail: "no VpcConfig: the containers use SageMaker's network",
};

function base(type: string, resource: string, name: string) {
  return {
    id: `${ARN}:${resource}/${name}`,
    provider: "aws" as const,
    account: "111122223333",
    region: "us-east-1",
    type,
    name,
    tags: {},
    relations: [],
    raw: {},
  };
}

export function endpointAsset(overrides: Partial<ModelEndpointAsset> = {}): ModelEndpointAsset {
  return {
    ...base("aws.sagemaker.endpoint", "endpoint", "example-endpoint"),
    kind: "model-endpoint",
    status: "InService",
    exposure: { public: false, reasons: ["IAM-authenticated only"] },
    networkAccess: { publicNetwork: true, detail: "regional runtime API" },
    authentication: { required: true, methods: ["aws-iam"], detail: "SigV4" },
    volumeEncryption: CUSTOMER_VOLUME_KEY,
    dataCapture: {
      enabled: true,
      destination: "s3://capture-bucket/prefix/",
      keyManager: "customer",
      keyId: KEY,
      detail: `data capture under KMS key ${KEY}`,
    },
    asyncOutput: { enabled: false, keyManager: "none", detail: "not an asynchronous inference endpoint" },
    variants: [
      {
        name: "AllTraffic",
        model: "m",
        instanceType: "ml.m5.large",
        instanceCount: 2,
        serverless: false,
        shadow: false,
      },
    ],
    ...overrides,
  };
}

export function modelAsset(overrides: Partial<ModelAsset> = {}): ModelAsset {
  return {
    ...base("aws.sagemaker.model", "model", "example-model"),
    kind: "model",
    containers: [
      {
        image:
          "763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:2.6.0-gpu-py312-cu124-ubuntu22.04-sagemaker",
        modelDataUrl: "s3://artifacts/model.tar.gz",
        repositoryAccessMode: "Vpc",
      },
    ],
    networkIsolation: {
      enabled: true,
      detail: "EnableNetworkIsolation: the containers have no network access",
    },
    network: IN_VPC,
    ...overrides,
  };
}

export function notebookAsset(overrides: Partial<NotebookAsset> = {}): NotebookAsset {
  return {
    ...base("aws.sagemaker.notebook-instance", "notebook-instance", "example-notebook"),
    kind: "notebook",
    status: "InService",
    internetAccess: {
      direct: false,
      detail: "DirectInternetAccess Disabled: traffic goes only through your VPC",
    },
    rootAccess: { enabled: false, detail: "RootAccess Disabled" },
    inboundAccess: { publicIp: false, ssh: false, detail: "presigned URLs only" },
    volumeEncryption: CUSTOMER_VOLUME_KEY,
    network: IN_VPC,
    platform: { identifier: "notebook-al2023-v1", detail: "PlatformIdentifier notebook-al2023-v1" },
    ...overrides,
  };
}

export function trainingJobAsset(overrides: Partial<TrainingJobAsset> = {}): TrainingJobAsset {
  return {
    ...base("aws.sagemaker.training-job", "training-job", "example-job"),
    kind: "training-job",
    status: "Completed",
    compute: { instanceCount: 2, instanceTypes: ["ml.m5.xlarge"] },
    interContainerEncryption: { enabled: true, detail: "EnableInterContainerTrafficEncryption is on" },
    volumeEncryption: CUSTOMER_VOLUME_KEY,
    outputEncryption: {
      destination: "s3://artifacts/output/",
      keyManager: "customer",
      keyId: KEY,
      detail: `artifacts under KMS key ${KEY}`,
    },
    networkIsolation: { enabled: true, detail: "EnableNetworkIsolation" },
    network: IN_VPC,
    ...overrides,
  };
}

export function workspaceAsset(overrides: Partial<MlWorkspaceAsset> = {}): MlWorkspaceAsset {
  return {
    ...base("aws.sagemaker.domain", "domain", "d-example"),
    kind: "ml-workspace",
    status: "InService",
    publicNetwork: { enabled: false, detail: "AppNetworkAccessType VpcOnly" },
    encryptionAtRest: { enabled: true, keyManager: "customer", algorithm: "aws:kms", keyId: KEY },
    network: { ...IN_VPC, networkId: "vpc-1" },
    authentication: { methods: ["iam"], detail: "AuthMode IAM" },
    ...overrides,
  };
}

export function mlJobAsset(overrides: Partial<MlJobAsset> = {}): MlJobAsset {
  return {
    ...base("aws.sagemaker.processing-job", "processing-job", "example-processing"),
    kind: "ml-job",
    jobType: "processing-job",
    status: "Completed",
    instanceCount: 2,
    interContainerEncryption: { enabled: true, detail: "EnableInterContainerTrafficEncryption is on" },
    networkIsolation: {
      enabled: true,
      detail: "EnableNetworkIsolation: the containers have no network access",
    },
    volumeEncryption: CUSTOMER_VOLUME_KEY,
    outputEncryption: {
      destination: "s3://results-bucket/out/",
      keyManager: "customer",
      keyId: KEY,
      detail: `results written to s3://results-bucket/out/ under customer-managed KMS key ${KEY}`,
    },
    network: IN_VPC,
    ...overrides,
  };
}
