import interContainerEncryption from "../../../checks/training-job/inter-container-encryption.js";
import volumeKmsKey from "../../../checks/training-job/volume-kms-key.js";
import outputKmsKey from "../../../checks/training-job/output-kms-key.js";
import networkIsolation from "../../../checks/training-job/network-isolation.js";
import vpc from "../../../checks/training-job/vpc.js";
import { unknown } from "../../../src/model/known.js";
import { checkTable } from "../../support/check-table.js";
import { AWS_MANAGED_VOLUME_KEY, NO_VPC, trainingJobAsset } from "../../support/ml-assets.js";

const DENIED = unknown("DescribeTrainingJob failed: AccessDeniedException");
const CLEAR = { enabled: false, detail: "EnableInterContainerTrafficEncryption is off" };

checkTable(interContainerEncryption, {
  valid: [
    { name: "encrypted", messageId: "encrypted", asset: trainingJobAsset() },
    {
      name: "off, but a single instance has no traffic between containers",
      messageId: "singleInstance",
      asset: trainingJobAsset({
        interContainerEncryption: CLEAR,
        compute: { instanceCount: 1, instanceTypes: ["ml.m5.xlarge"] },
      }),
    },
  ],
  invalid: [
    {
      name: "off on a distributed job",
      asset: trainingJobAsset({ interContainerEncryption: CLEAR }),
      messageId: "unencrypted",
      data: { instanceCount: 2, detail: "EnableInterContainerTrafficEncryption is off" },
      severity: "medium",
    },
    {
      name: "off across instance groups",
      asset: trainingJobAsset({
        interContainerEncryption: CLEAR,
        compute: { instanceCount: 5, instanceTypes: ["ml.p4d.24xlarge", "ml.c5.18xlarge"] },
      }),
      messageId: "unencrypted",
      data: { instanceCount: 5, detail: "EnableInterContainerTrafficEncryption is off" },
    },
  ],
  unknown: [
    {
      name: "job unreadable",
      messageId: "cannotTell",
      asset: trainingJobAsset({ interContainerEncryption: DENIED }),
    },
    {
      name: "off, and the instance count is unknown",
      asset: trainingJobAsset({
        interContainerEncryption: CLEAR,
        compute: unknown("DescribeTrainingJob reported no ResourceConfig"),
      }),
      messageId: "cannotTell",
      data: {
        reason: "DescribeTrainingJob reported no ResourceConfig",
      },
    },
  ],
});

checkTable(volumeKmsKey, {
  valid: [
    { name: "customer key", messageId: "volumeCustomerKey", asset: trainingJobAsset() },
    {
      name: "p4d local NVMe storage takes no key",
      messageId: "volumeCustomerKeyUnsupported",
      asset: trainingJobAsset({
        volumeEncryption: {
          ...AWS_MANAGED_VOLUME_KEY,
          customerKeySupported: false,
          detail: "on ml.p4d.24xlarge the volumes are local NVMe storage",
        },
      }),
    },
  ],
  invalid: [
    {
      name: "AWS managed key",
      asset: trainingJobAsset({ volumeEncryption: AWS_MANAGED_VOLUME_KEY }),
      messageId: "volumeNoCustomerKey",
      data: { detail: "no KMS key is set, so SageMaker encrypts the volumes with an AWS managed key" },
      severity: "low",
    },
  ],
  unknown: [
    {
      name: "job unreadable",
      messageId: "cannotTell",
      asset: trainingJobAsset({ volumeEncryption: DENIED }),
    },
  ],
});

checkTable(outputKmsKey, {
  valid: [{ name: "customer key on the output", messageId: "customerKey", asset: trainingJobAsset() }],
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

checkTable(networkIsolation, {
  valid: [{ name: "isolated", messageId: "isolated", asset: trainingJobAsset() }],
  invalid: [
    {
      name: "not isolated",
      asset: trainingJobAsset({
        networkIsolation: { enabled: false, detail: "EnableNetworkIsolation is off" },
      }),
      messageId: "outbound",
      data: { detail: "EnableNetworkIsolation is off" },
      severity: "medium",
    },
  ],
  unknown: [
    {
      name: "job unreadable",
      messageId: "cannotTell",
      asset: trainingJobAsset({ networkIsolation: DENIED }),
    },
  ],
});

checkTable(vpc, {
  valid: [{ name: "in a VPC", messageId: "inVpc", asset: trainingJobAsset() }],
  invalid: [
    {
      name: "no VPC",
      asset: trainingJobAsset({ network: NO_VPC }),
      messageId: "notInVpc",
      data: { detail: "no VpcConfig: the containers use SageMaker's network" },
      severity: "medium",
    },
  ],
  unknown: [
    { name: "job unreadable", messageId: "cannotTell", asset: trainingJobAsset({ network: DENIED }) },
  ],
});
