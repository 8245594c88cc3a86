import { defineCheck, whenKnown } from "../../src/model/check.js";
import { CUSTOMER_MANAGED_KEYS } from "../compliance.js";
import { VOLUME_KEY_MESSAGES, volumeKeyOutcome } from "../model-endpoint/shared.js";

export default defineCheck({
  id: "notebook.kms-key",
  title: "Notebook storage volumes should be encrypted with a customer-managed key",
  kind: "notebook",
  category: "encryption",
  severity: "low",
  // Azure ML compute instance OS disks take no customer key: a SageMaker control.
  providers: ["aws"],
  compliance: CUSTOMER_MANAGED_KEYS,
  remediation: {
    text: "The key cannot be changed on an existing notebook instance: create it again with KmsKeyId set to a customer-managed KMS key and move the notebooks over.",
    cli: {
      aws: "aws sagemaker create-notebook-instance --notebook-instance-name NAME --instance-type ml.t3.medium --role-arn ROLE_ARN --kms-key-id KEY_ARN",
    },
  },
  messages: {
    ...VOLUME_KEY_MESSAGES,
  },
  evaluate: (asset) =>
    whenKnown("the notebook's volume encryption", asset.volumeEncryption, volumeKeyOutcome),
});
