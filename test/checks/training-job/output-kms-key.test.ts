import outputKmsKey from "../../../checks/training-job/output-kms-key.js";
import { checkTable } from "../../support/check-table.js";
import { trainingJobAsset } from "../../support/ml-assets.js";
import { DENIED } from "./training-job.fixtures.js";

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
  ],
  invalid: [
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
      name: "job unreadable",
      messageId: "cannotTell",
      asset: trainingJobAsset({ outputEncryption: DENIED }),
    },
  ],
});
