import outputKmsKey from "../../../checks/training-job/output-kms-key.js";
import { checkTable } from "../../support/check-table.js";
import { trainingJobAsset } from "../../support/ml-assets.js";
import { DENIED } from "./training-job.fixtures.js";
import { awsProvider } from "../../../providers/aws/index.js";
import { KMS_KEYS_REPLY } from "../../../providers/aws/kms/key-ownership.js";
import { fromRecord } from "../../support/from-record.js";
import {
  AWS_MANAGED_KEY_ARN,
  CUSTOMER_KEY_ARN,
  KEY_ANSWERS,
  sageMakerRecord,
} from "../../support/raw-records.js";

/** A training job as the collector records it, writing to S3 under `KmsKeyId`, with the KMS answers it got. */
const rawJob = (KmsKeyId: string, answers: Record<string, unknown> = KEY_ANSWERS) =>
  fromRecord(
    awsProvider,
    sageMakerRecord("training-job", "raw-job", {
      DescribeTrainingJob: {
        TrainingJobName: "raw-job",
        OutputDataConfig: { S3OutputPath: "s3://bucket/out/", KmsKeyId },
        ResourceConfig: { InstanceType: "ml.m5.xlarge", InstanceCount: 1 },
      },
      [KMS_KEYS_REPLY]: answers,
    }),
  );

checkTable(outputKmsKey, {
  valid: [
    { name: "customer key on the output", messageId: "customerKey", asset: trainingJobAsset() },
    {
      name: "customer-managed key whose id was not reported",
      asset: trainingJobAsset({
        outputEncryption: { keyManager: "customer", detail: "output under a customer key" },
      }),
      messageId: "customerKeyUnnamed",
    },
    {
      name: "raw record: KMS says the key ARN is customer managed",
      asset: rawJob(CUSTOMER_KEY_ARN),
      messageId: "customerKey",
    },
  ],
  invalid: [
    {
      name: "raw record: the AWS managed key named by its key ARN",
      asset: rawJob(AWS_MANAGED_KEY_ARN),
      messageId: "noCustomerKey",
      data: { keyManager: "provider", keyId: AWS_MANAGED_KEY_ARN },
    },
    {
      name: "no output key",
      asset: trainingJobAsset({
        outputEncryption: {
          destination: "s3://artifacts/out/",
          keyManager: "provider",
          detail:
            "OutputDataConfig names no KMS key, so SageMaker encrypts the artifacts with the account's AWS managed S3 key",
        },
      }),
      messageId: "noCustomerKey",
      data: {
        detail:
          "OutputDataConfig names no KMS key, so SageMaker encrypts the artifacts with the account's AWS managed S3 key",
      },
      severity: "medium",
    },
  ],
  unknown: [
    {
      name: "raw record: KMS did not describe the key",
      asset: rawJob(CUSTOMER_KEY_ARN, {}),
      messageId: "cannotTell",
    },
    {
      name: "job unreadable",
      messageId: "cannotTell",
      asset: trainingJobAsset({ outputEncryption: DENIED }),
    },
  ],
});
