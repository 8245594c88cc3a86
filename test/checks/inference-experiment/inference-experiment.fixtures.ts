// Inference experiments as the collector records them (DescribeInferenceExperiment plus the KMS answers), through
// the SageMaker normalizer, so the tables also pin the key-ownership rule where it lives.
import { awsProvider } from "../../../providers/aws/index.js";
import { KMS_KEYS_REPLY } from "../../../providers/aws/kms/key-ownership.js";
import type { InferenceExperimentAsset } from "../../../src/model/assets/inference-experiment.js";
import { fromRecord } from "../../support/from-record.js";
import { AWS_ACCOUNT, KEY_ANSWERS, sageMakerRecord, withoutReply } from "../../support/raw-records.js";

const NAME = "raw-shadow";

/** A shadow test on one ml.m5.xlarge shadow variant; `fields` override the Describe reply. */
export function rawExperiment(
  fields: Record<string, unknown>,
  answers: Record<string, unknown> = KEY_ANSWERS,
): InferenceExperimentAsset {
  return fromRecord(awsProvider, experimentRecord(fields, answers)) as InferenceExperimentAsset;
}

/** The same experiment listed, but its DescribeInferenceExperiment read failed. */
export function undescribedExperiment(): InferenceExperimentAsset {
  return fromRecord(
    awsProvider,
    withoutReply(experimentRecord({}), "DescribeInferenceExperiment"),
  ) as InferenceExperimentAsset;
}

function experimentRecord(fields: Record<string, unknown>, answers: Record<string, unknown> = KEY_ANSWERS) {
  return sageMakerRecord("inference-experiment", NAME, {
    ListInferenceExperiments: { Name: NAME, Type: "ShadowMode", Status: "Running" },
    DescribeInferenceExperiment: {
      Arn: `arn:aws:sagemaker:us-east-1:${AWS_ACCOUNT}:inference-experiment/${NAME}`,
      Name: NAME,
      Type: "ShadowMode",
      Status: "Running",
      EndpointMetadata: { EndpointName: "churn-endpoint" },
      ModelVariants: [
        variant("production", "churn-v1", "ml.m5.xlarge"),
        variant("shadow", "churn-v2", "ml.m5.xlarge"),
      ],
      ShadowModeConfig: {
        SourceModelVariantName: "production",
        ShadowModelVariants: [{ ShadowModelVariantName: "shadow", SamplingPercentage: 50 }],
      },
      ...fields,
    },
    [KMS_KEYS_REPLY]: answers,
  });
}

export function variant(VariantName: string, ModelName: string, InstanceType: string) {
  return {
    VariantName,
    ModelName,
    InfrastructureConfig: {
      InfrastructureType: "RealTimeInference",
      RealTimeInferenceConfig: { InstanceType, InstanceCount: 1 },
    },
    Status: "InService",
  };
}

export const storage = (KmsKey?: string, Destination = "s3://shadow-captures/churn/") => ({
  DataStorageConfig: { Destination, ...(KmsKey ? { KmsKey } : {}) },
});
