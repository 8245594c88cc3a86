import volumeKmsKey from "../../../checks/training-job/volume-kms-key.js";
import { checkTable } from "../../support/check-table.js";
import { AWS_MANAGED_VOLUME_KEY, trainingJobAsset } from "../../support/ml-assets.js";
import { DENIED } from "./training-job.fixtures.js";

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
    {
      name: "customer-managed key whose id was not reported",
      asset: trainingJobAsset({ volumeEncryption: { ...AWS_MANAGED_VOLUME_KEY, keyManager: "customer" } }),
      messageId: "volumeCustomerKeyUnnamed",
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
