import check from "../../../checks/ml-job/volume-kms-key.js";
import { checkTable } from "../../support/check-table.js";
import { AWS_MANAGED_VOLUME_KEY, mlJobAsset } from "../../support/ml-assets.js";
import { AWS_MANAGED_KEY_ARN, CUSTOMER_KEY_ARN } from "../../support/raw-records.js";
import { DENIED, rawProcessingJob } from "./ml-job.fixtures.js";

const cluster = (VolumeKmsKeyId?: string) => ({
  ProcessingResources: {
    ClusterConfig: {
      InstanceCount: 1,
      InstanceType: "ml.m5.xlarge",
      VolumeSizeInGB: 30,
      ...(VolumeKmsKeyId ? { VolumeKmsKeyId } : {}),
    },
  },
});

checkTable(check, {
  valid: [
    { name: "customer key", asset: mlJobAsset(), messageId: "volumeCustomerKey" },
    {
      name: "raw record: KMS says the key is customer managed",
      asset: rawProcessingJob(cluster(CUSTOMER_KEY_ARN)),
      messageId: "volumeCustomerKey",
    },
    {
      name: "customer-managed key whose id was not reported",
      asset: mlJobAsset({ volumeEncryption: { ...AWS_MANAGED_VOLUME_KEY, keyManager: "customer" } }),
      messageId: "volumeCustomerKeyUnnamed",
    },
    {
      name: "local NVMe instance types take no key",
      asset: rawProcessingJob({
        ProcessingResources: {
          ClusterConfig: { InstanceCount: 1, InstanceType: "ml.g5.2xlarge", VolumeSizeInGB: 30 },
        },
      }),
      messageId: "volumeCustomerKeyUnsupported",
    },
  ],
  invalid: [
    {
      name: "raw record: no key",
      asset: rawProcessingJob(cluster()),
      messageId: "volumeNoCustomerKey",
      severity: "low",
    },
    {
      name: "raw record: the AWS managed key named by its key ARN",
      asset: rawProcessingJob(cluster(AWS_MANAGED_KEY_ARN)),
      messageId: "volumeNoCustomerKey",
      data: { keyManager: "provider", keyId: AWS_MANAGED_KEY_ARN },
    },
  ],
  unknown: [
    { name: "unreadable", asset: mlJobAsset({ volumeEncryption: DENIED }), messageId: "cannotTell" },
    {
      name: "raw record: KMS did not describe the key",
      asset: rawProcessingJob(cluster(CUSTOMER_KEY_ARN), {}),
      messageId: "cannotTell",
    },
  ],
});
