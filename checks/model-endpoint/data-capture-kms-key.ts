import { defineCheck, pass, whenKnown } from "../../src/model/check.js";
import { CUSTOMER_MANAGED_KEYS } from "../compliance.js";
import { OUTPUT_KEY_MESSAGES, outputKeyOutcome } from "./shared.js";

export default defineCheck({
  id: "model-endpoint.data-capture-kms-key",
  title: "Captured inference requests and responses should be encrypted with a customer-managed key",
  kind: "model-endpoint",
  uses: ["storage"],
  category: "encryption",
  severity: "medium",
  providers: ["aws"],
  compliance: CUSTOMER_MANAGED_KEYS,
  remediation: {
    text: "Data capture stores every prompt and prediction. Set DataCaptureConfig.KmsKeyId to a customer-managed KMS key (in a new endpoint configuration), or make the capture bucket's default encryption a customer-managed key.",
    cli: {
      aws: 'aws sagemaker create-endpoint-config --endpoint-config-name NEW_CONFIG --production-variants file://variants.json --data-capture-config \'{"EnableCapture":true,"InitialSamplingPercentage":100,"DestinationS3Uri":"s3://BUCKET/capture/","KmsKeyId":"KEY_ARN","CaptureOptions":[{"CaptureMode":"Input"},{"CaptureMode":"Output"}]}\' && aws sagemaker update-endpoint --endpoint-name ENDPOINT --endpoint-config-name NEW_CONFIG',
    },
  },
  messages: {
    ...OUTPUT_KEY_MESSAGES,
    captureOff: "Data capture is off: no requests or responses are stored",
  },
  evaluate: (asset, graph) =>
    whenKnown("data capture settings", asset.dataCapture, (capture) =>
      capture.enabled
        ? outputKeyOutcome("Captured inference data", capture, graph)
        : pass("captureOff", { ...capture }),
    ),
});
