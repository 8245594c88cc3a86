import { defineCheck, whenKnown } from "../../src/model/check.js";
import { CUSTOMER_MANAGED_KEYS } from "../compliance.js";
import { VOLUME_KEY_MESSAGES, volumeKeyOutcome } from "../model-endpoint/shared.js";

export default defineCheck({
  id: "inference-experiment.volume-kms-key",
  title:
    "Shadow test (inference experiment) instance volumes should be encrypted with a customer-managed key",
  kind: "inference-experiment",
  category: "encryption",
  severity: "low",
  providers: ["aws"],
  compliance: CUSTOMER_MANAGED_KEYS,
  remediation: {
    text: "UpdateInferenceExperiment cannot change an experiment's KmsKey: create the shadow test again with KmsKey set to a customer-managed KMS key. Instance types with local NVMe storage are encrypted by hardware and take no key.",
    cli: {
      aws: "aws sagemaker create-inference-experiment --name NAME --type ShadowMode --role-arn ROLE_ARN --endpoint-name ENDPOINT --model-variants file://variants.json --shadow-mode-config file://shadow.json --kms-key KEY_ARN",
    },
  },
  messages: { ...VOLUME_KEY_MESSAGES },
  evaluate: (asset) =>
    whenKnown("the experiment's volume encryption", asset.volumeEncryption, volumeKeyOutcome),
});
