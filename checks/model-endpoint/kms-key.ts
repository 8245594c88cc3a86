import { defineCheck, whenKnown } from "../../src/model/check.js";
import { CUSTOMER_MANAGED_KEYS } from "../compliance.js";
import { VOLUME_KEY_MESSAGES, volumeKeyOutcome } from "./shared.js";

export default defineCheck({
  id: "model-endpoint.kms-key",
  title: "Model endpoint instance volumes should be encrypted with a customer-managed key",
  kind: "model-endpoint",
  category: "encryption",
  severity: "low",
  // Azure ML managed online endpoints take no customer key for their hosts' disks: a SageMaker control.
  providers: ["aws"],
  compliance: CUSTOMER_MANAGED_KEYS,
  remediation: {
    text: "Endpoint configurations cannot be changed: create a new one with KmsKeyId set to a customer-managed KMS key and move the endpoint to it. Instance types with local NVMe storage are encrypted by hardware and take no key.",
    cli: {
      aws: "aws sagemaker create-endpoint-config --endpoint-config-name NEW_CONFIG --production-variants file://variants.json --kms-key-id KEY_ARN && aws sagemaker update-endpoint --endpoint-name ENDPOINT --endpoint-config-name NEW_CONFIG",
    },
  },
  messages: {
    ...VOLUME_KEY_MESSAGES,
  },
  evaluate: (asset) =>
    whenKnown("the endpoint's volume encryption", asset.volumeEncryption, volumeKeyOutcome),
});
