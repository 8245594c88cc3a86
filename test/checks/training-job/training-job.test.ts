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
    { name: "encrypted", asset: trainingJobAsset() },
    {
      name: "off, but a single instance has no traffic between containers",
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
      message: /2 instances exchange training data unencrypted/,
      severity: "medium",
    },
    {
      name: "off across instance groups",
      asset: trainingJobAsset({
        interContainerEncryption: CLEAR,
        compute: { instanceCount: 5, instanceTypes: ["ml.p4d.24xlarge", "ml.c5.18xlarge"] },
      }),
      message: /5 instances/,
    },
  ],
  unknown: [
    { name: "job unreadable", asset: trainingJobAsset({ interContainerEncryption: DENIED }) },
    {
      name: "off, and the instance count is unknown",
      asset: trainingJobAsset({
        interContainerEncryption: CLEAR,
        compute: unknown("DescribeTrainingJob reported no ResourceConfig"),
      }),
      message: /whether the job is distributed/,
    },
  ],
});

checkTable(volumeKmsKey, {
  valid: [
    { name: "customer key", asset: trainingJobAsset() },
    {
      name: "p4d local NVMe storage takes no key",
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
      message: /No customer-managed KMS key/,
      severity: "low",
    },
  ],
  unknown: [{ name: "job unreadable", asset: trainingJobAsset({ volumeEncryption: DENIED }) }],
});

checkTable(outputKmsKey, {
  valid: [{ name: "customer key on the output", asset: trainingJobAsset() }],
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
      message: /not encrypted with a customer-managed key: OutputDataConfig names no KMS key/,
      severity: "medium",
    },
  ],
  unknown: [{ name: "job unreadable", asset: trainingJobAsset({ outputEncryption: DENIED }) }],
});

checkTable(networkIsolation, {
  valid: [{ name: "isolated", asset: trainingJobAsset() }],
  invalid: [
    {
      name: "not isolated",
      asset: trainingJobAsset({
        networkIsolation: { enabled: false, detail: "EnableNetworkIsolation is off" },
      }),
      message: /outbound network calls/,
      severity: "medium",
    },
  ],
  unknown: [{ name: "job unreadable", asset: trainingJobAsset({ networkIsolation: DENIED }) }],
});

checkTable(vpc, {
  valid: [{ name: "in a VPC", asset: trainingJobAsset() }],
  invalid: [
    {
      name: "no VPC",
      asset: trainingJobAsset({ network: NO_VPC }),
      message: /Not attached to your VPC/,
      severity: "medium",
    },
  ],
  unknown: [{ name: "job unreadable", asset: trainingJobAsset({ network: DENIED }) }],
});
