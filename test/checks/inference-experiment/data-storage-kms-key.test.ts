import check from "../../../checks/inference-experiment/data-storage-kms-key.js";
import { storageAsset } from "../../support/assets.js";
import { checkTable } from "../../support/check-table.js";
import { AWS_MANAGED_KEY_ARN, CUSTOMER_KEY_ARN } from "../../support/raw-records.js";
import { rawExperiment, storage, undescribedExperiment } from "./inference-experiment.fixtures.js";

checkTable(check, {
  valid: [
    {
      name: "DataStorageConfig.KmsKey is customer managed",
      asset: rawExperiment(storage(CUSTOMER_KEY_ARN)),
      messageId: "outputCustomerKey",
      data: { keyId: CUSTOMER_KEY_ARN, what: "Shadow test data" },
    },
    {
      name: "no DataStorageConfig: nothing stored",
      asset: rawExperiment({}),
      messageId: "noDataStorage",
    },
    {
      name: "no key named, but the destination bucket in the scan defaults to a customer key",
      asset: rawExperiment(storage()),
      neighbours: [
        storageAsset({
          id: "arn:aws:s3:::shadow-captures",
          name: "shadow-captures",
          encryptionAtRest: {
            enabled: true,
            keyManager: "customer",
            algorithm: "aws:kms",
            keyId: CUSTOMER_KEY_ARN,
          },
        }),
      ],
      messageId: "outputBucketDefaultKey",
      data: { bucket: "shadow-captures" },
    },
    {
      name: "customer managed key whose id was not reported",
      asset: {
        ...rawExperiment({}),
        dataStorage: {
          enabled: true,
          destination: "s3://shadow-captures/churn/",
          keyManager: "customer",
          detail: "customer key",
        },
      },
      messageId: "outputCustomerKeyUnnamed",
    },
  ],
  invalid: [
    {
      name: "no key, destination outside the scan",
      asset: rawExperiment(storage()),
      messageId: "outputNoCustomerKey",
      data: { where: "destination s3://shadow-captures/churn/ is not in this scan", keyManager: "provider" },
      severity: "medium",
    },
    {
      name: "the AWS managed key named by its key ARN (KMS DescribeKey: AWS)",
      asset: rawExperiment(storage(AWS_MANAGED_KEY_ARN)),
      messageId: "outputNoCustomerKey",
      data: { keyId: AWS_MANAGED_KEY_ARN, keyManager: "provider" },
    },
  ],
  unknown: [
    {
      name: "KMS did not describe the data storage key",
      asset: rawExperiment(storage(CUSTOMER_KEY_ARN), {}),
      messageId: "cannotTell",
    },
    { name: "DescribeInferenceExperiment failed", asset: undescribedExperiment(), messageId: "cannotTell" },
  ],
});
