import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { CUSTOMER_MANAGED_KEYS } from "../compliance.js";

export default defineCheck({
  id: "training-job.output-kms-key",
  title: "Trained model artifacts should be encrypted with a customer-managed key",
  kind: "training-job",
  category: "encryption",
  severity: "medium",
  compliance: CUSTOMER_MANAGED_KEYS,
  remediation: {
    text: "Start future runs with OutputDataConfig.KmsKeyId set to a customer-managed KMS key. Without it SageMaker encrypts the model artifacts with the account's AWS managed S3 key, which every principal with S3 access can use.",
    cli: {
      aws: "aws sagemaker create-training-job --training-job-name NAME … --output-data-config S3OutputPath=s3://BUCKET/output/,KmsKeyId=KEY_ARN",
    },
  },
  messages: {
    customerKey: "Model artifacts encrypted with customer-managed key {{keyId}}",
    customerKeyUnnamed: "Model artifacts encrypted with customer-managed key",
    noCustomerKey: "Model artifacts are not encrypted with a customer-managed key: {{detail}}",
  },
  evaluate: (asset) =>
    whenKnown("the output encryption", asset.outputEncryption, (output) =>
      output.keyManager === "customer"
        ? pass(output.keyId ? "customerKey" : "customerKeyUnnamed", { ...output })
        : fail("noCustomerKey", { ...output }),
    ),
});
