import { defineCheck, whenKnown } from "../../src/model/check.js";
import { CUSTOMER_MANAGED_KEYS } from "../compliance.js";
import { VOLUME_KEY_MESSAGES, volumeKeyOutcome } from "../model-endpoint/shared.js";

export default defineCheck({
  id: "training-job.volume-kms-key",
  title: "Training instance volumes should be encrypted with a customer-managed key",
  kind: "training-job",
  category: "encryption",
  severity: "low",
  compliance: CUSTOMER_MANAGED_KEYS,
  remediation: {
    text: "Start future runs with ResourceConfig.VolumeKmsKeyId set to a customer-managed KMS key (instance types with local NVMe storage are encrypted by hardware and take no key).",
    cli: {
      aws: "aws sagemaker create-training-job --training-job-name NAME … --resource-config InstanceType=ml.m5.xlarge,InstanceCount=1,VolumeSizeInGB=50,VolumeKmsKeyId=KEY_ARN",
    },
  },
  messages: {
    ...VOLUME_KEY_MESSAGES,
  },
  evaluate: (asset) =>
    whenKnown("the training volumes' encryption", asset.volumeEncryption, volumeKeyOutcome),
});
