import kmsKey from "../../../checks/notebook/kms-key.js";
import { checkTable } from "../../support/check-table.js";
import { AWS_MANAGED_VOLUME_KEY, notebookAsset } from "../../support/ml-assets.js";
import { DENIED } from "./notebook.fixtures.js";

checkTable(kmsKey, {
  valid: [
    { name: "customer key", messageId: "volumeCustomerKey", asset: notebookAsset() },
    {
      name: "customer-managed key whose id was not reported",
      asset: notebookAsset({ volumeEncryption: { ...AWS_MANAGED_VOLUME_KEY, keyManager: "customer" } }),
      messageId: "volumeCustomerKeyUnnamed",
    },
    {
      name: "instance type that refuses a customer key (local NVMe, hardware-encrypted)",
      asset: notebookAsset({ volumeEncryption: { ...AWS_MANAGED_VOLUME_KEY, customerKeySupported: false } }),
      messageId: "volumeCustomerKeyUnsupported",
    },
  ],
  invalid: [
    {
      name: "AWS managed key",
      asset: notebookAsset({ volumeEncryption: AWS_MANAGED_VOLUME_KEY }),
      messageId: "volumeNoCustomerKey",
      data: { detail: "no KMS key is set, so SageMaker encrypts the volumes with an AWS managed key" },
      severity: "low",
    },
  ],
  unknown: [
    { name: "unreadable", messageId: "cannotTell", asset: notebookAsset({ volumeEncryption: DENIED }) },
  ],
});
