import check from "../../../checks/ml-job/output-kms-key.js";
import { checkTable } from "../../support/check-table.js";
import { mlJobAsset } from "../../support/ml-assets.js";
import { AWS_MANAGED_KEY_ARN, CUSTOMER_KEY_ARN } from "../../support/raw-records.js";
import { DENIED, rawProcessingJob, rawSchedule } from "./ml-job.fixtures.js";

const output = (KmsKeyId?: string) => ({
  ProcessingOutputConfig: {
    Outputs: [{ OutputName: "out", S3Output: { S3Uri: "s3://results/out/", S3UploadMode: "EndOfJob" } }],
    ...(KmsKeyId ? { KmsKeyId } : {}),
  },
});

checkTable(check, {
  valid: [
    { name: "customer key", asset: mlJobAsset(), messageId: "customerKey" },
    {
      name: "raw record: KMS says the key is customer managed",
      asset: rawProcessingJob(output(CUSTOMER_KEY_ARN)),
      messageId: "customerKey",
    },
    {
      name: "customer key, id not reported",
      asset: mlJobAsset({ outputEncryption: { keyManager: "customer", detail: "under a customer key" } }),
      messageId: "customerKeyUnnamed",
    },
    { name: "raw record: a job that writes no output", asset: rawProcessingJob(), messageId: "noOutput" },
  ],
  invalid: [
    {
      name: "raw record: monitoring reports without a key",
      asset: rawSchedule({}),
      messageId: "noCustomerKey",
      severity: "medium",
    },
    {
      name: "raw record: the AWS managed key named by its key ARN",
      asset: rawProcessingJob(output(AWS_MANAGED_KEY_ARN)),
      messageId: "noCustomerKey",
      data: { keyManager: "provider", keyId: AWS_MANAGED_KEY_ARN },
    },
  ],
  unknown: [
    { name: "unreadable", asset: mlJobAsset({ outputEncryption: DENIED }), messageId: "cannotTell" },
    {
      name: "raw record: KMS did not describe the key",
      asset: rawProcessingJob(output(CUSTOMER_KEY_ARN), {}),
      messageId: "cannotTell",
    },
  ],
});
