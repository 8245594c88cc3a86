import { defineCheck, pass, whenKnown } from "../../src/model/check.js";
import { CUSTOMER_MANAGED_KEYS } from "../compliance.js";
import { OUTPUT_KEY_MESSAGES, outputKeyOutcome } from "./shared.js";

export default defineCheck({
  id: "model-endpoint.async-output-kms-key",
  title: "Asynchronous inference results should be encrypted with a customer-managed key",
  kind: "model-endpoint",
  uses: ["storage"],
  category: "encryption",
  severity: "medium",
  providers: ["aws"],
  compliance: CUSTOMER_MANAGED_KEYS,
  remediation: {
    text: "Set AsyncInferenceConfig.OutputConfig.KmsKeyId to a customer-managed KMS key in a new endpoint configuration, or make the output bucket's default encryption a customer-managed key.",
    cli: {
      aws: 'aws sagemaker create-endpoint-config --endpoint-config-name NEW_CONFIG --production-variants file://variants.json --async-inference-config \'{"OutputConfig":{"S3OutputPath":"s3://BUCKET/async-output/","KmsKeyId":"KEY_ARN"}}\' && aws sagemaker update-endpoint --endpoint-name ENDPOINT --endpoint-config-name NEW_CONFIG',
    },
  },
  messages: {
    ...OUTPUT_KEY_MESSAGES,
    notAsync: "Not an asynchronous endpoint: no inference results are written to storage",
  },
  evaluate: (asset, graph) =>
    whenKnown("asynchronous inference settings", asset.asyncOutput, (output) =>
      output.enabled ? outputKeyOutcome("Asynchronous inference output", output, graph) : pass("notAsync"),
    ),
});
