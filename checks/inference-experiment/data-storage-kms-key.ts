import { defineCheck, pass, whenKnown } from "../../src/model/check.js";
import { CUSTOMER_MANAGED_KEYS } from "../compliance.js";
import { OUTPUT_KEY_MESSAGES, outputKeyOutcome } from "../model-endpoint/shared.js";

export default defineCheck({
  id: "inference-experiment.data-storage-kms-key",
  title:
    "Requests and responses a shadow test (inference experiment) stores should be encrypted with a customer-managed key",
  kind: "inference-experiment",
  uses: ["storage"],
  category: "encryption",
  severity: "medium",
  providers: ["aws"],
  compliance: CUSTOMER_MANAGED_KEYS,
  remediation: {
    text: "A shadow test stores the prompts and predictions of live traffic. Set DataStorageConfig.KmsKey to a customer-managed KMS key (update-inference-experiment, or create the experiment again), or make the destination bucket's default encryption a customer-managed key.",
    cli: {
      aws: 'aws sagemaker update-inference-experiment --name NAME --data-storage-config \'{"Destination":"s3://BUCKET/shadow/","KmsKey":"KEY_ARN"}\'',
    },
  },
  messages: {
    ...OUTPUT_KEY_MESSAGES,
    noDataStorage: "The experiment stores no requests or responses",
  },
  evaluate: (asset, graph) =>
    whenKnown("the experiment's data storage", asset.dataStorage, (storage) =>
      storage.enabled
        ? outputKeyOutcome("Shadow test data", storage, graph)
        : pass("noDataStorage", { ...storage }),
    ),
});
