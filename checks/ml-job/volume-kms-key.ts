import { defineCheck, whenKnown } from "../../src/model/check.js";
import { CUSTOMER_MANAGED_KEYS } from "../compliance.js";
import { VOLUME_KEY_MESSAGES, volumeKeyOutcome } from "../model-endpoint/shared.js";

export default defineCheck({
  id: "ml-job.volume-kms-key",
  title: "ML and monitoring job instance volumes should be encrypted with a customer-managed key",
  kind: "ml-job",
  category: "encryption",
  severity: "low",
  providers: ["aws"],
  compliance: CUSTOMER_MANAGED_KEYS,
  remediation: {
    text: "Create the job or job definition again with a customer-managed KMS key for its volumes (ClusterConfig.VolumeKmsKeyId, ResourceConfig.VolumeKmsKeyId, or SecurityConfig.VolumeKmsKeyId for AutoML).",
    cli: {
      aws: "aws sagemaker create-processing-job --processing-job-name NAME … --processing-resources 'ClusterConfig={InstanceCount=1,InstanceType=ml.m5.xlarge,VolumeSizeInGB=30,VolumeKmsKeyId=KEY_ARN}'",
    },
  },
  messages: { ...VOLUME_KEY_MESSAGES },
  evaluate: (asset) => whenKnown("the job volumes' encryption", asset.volumeEncryption, volumeKeyOutcome),
});
