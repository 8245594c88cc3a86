import check from "../../../checks/inference-job/output-kms-key.js";
import { BEDROCK_TYPES } from "../../../providers/aws/bedrock/names.js";
import { KMS_KEY_REPLY } from "../../../providers/aws/kms/describe-key.js";
import { BEDROCK_CMK, fromBedrock, KMS_AWS, KMS_CUSTOMER } from "../../support/bedrock-raw.js";
import { checkTable } from "../../support/check-table.js";

const job = (keyId: string | undefined, key?: unknown) =>
  fromBedrock(BEDROCK_TYPES.invocationJob, {
    ListModelInvocationJobs: {
      jobName: "raw",
      modelId: "anthropic.claude-3-haiku-20240307-v1:0",
      inputDataConfig: { s3InputDataConfig: { s3Uri: "s3://in/batch/" } },
      outputDataConfig: {
        s3OutputDataConfig: { s3Uri: "s3://out/batch/", ...(keyId ? { s3EncryptionKeyId: keyId } : {}) },
      },
    },
    ...(key ? { [KMS_KEY_REPLY]: key } : {}),
  });

checkTable(check, {
  valid: [
    { name: "customer managed output key", asset: job(BEDROCK_CMK, KMS_CUSTOMER), messageId: "customerKey" },
  ],
  invalid: [
    {
      name: "no output key: the bucket's default encryption",
      asset: job(undefined),
      messageId: "noKeyNamed",
      severity: "low",
      data: { algorithm: "the output bucket's default encryption" },
    },
    {
      name: "an AWS managed key named by ARN",
      asset: job(BEDROCK_CMK, KMS_AWS),
      messageId: "providerKey",
      severity: "medium",
    },
  ],
  unknown: [
    { name: "KMS did not describe the key", asset: job(BEDROCK_CMK), messageId: "cannotTell" },
    {
      name: "the job summary is missing",
      asset: fromBedrock(BEDROCK_TYPES.invocationJob, {}),
      messageId: "cannotTell",
    },
  ],
});
