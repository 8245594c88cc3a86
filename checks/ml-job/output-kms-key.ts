import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { CUSTOMER_MANAGED_KEYS } from "../compliance.js";

export default defineCheck({
  id: "ml-job.output-kms-key",
  title: "Results of ML and monitoring jobs should be encrypted with a customer-managed key",
  kind: "ml-job",
  category: "encryption",
  severity: "medium",
  providers: ["aws"],
  compliance: CUSTOMER_MANAGED_KEYS,
  remediation: {
    text: "Name a customer-managed KMS key for the job's S3 output (ProcessingOutputConfig.KmsKeyId, the monitoring output config's KmsKeyId, OutputDataConfig.KmsKeyId). Without one SageMaker uses the account's AWS managed S3 key, which every principal with S3 access can use.",
    cli: {
      aws: "aws sagemaker create-model-quality-job-definition --job-definition-name NAME … --model-quality-job-output-config 'MonitoringOutputs=[{S3Output={S3Uri=s3://BUCKET/reports,LocalPath=/opt/ml/processing/output}}],KmsKeyId=KEY_ARN'",
    },
  },
  messages: {
    customerKey: "Results encrypted with customer-managed key {{keyId}}",
    customerKeyUnnamed: "Results encrypted with customer-managed key",
    noOutput: "{{detail}}",
    noCustomerKey: "Results are not encrypted with a customer-managed key: {{detail}}",
  },
  evaluate: (asset) =>
    whenKnown("the output encryption", asset.outputEncryption, (output) =>
      output.keyManager === "customer"
        ? pass(output.keyId ? "customerKey" : "customerKeyUnnamed", { ...output })
        : output.keyManager === "none"
          ? pass("noOutput", { ...output })
          : fail("noCustomerKey", { ...output }),
    ),
});
