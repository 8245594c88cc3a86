import kmsKey from "../../../checks/notebook/kms-key.js";
import { checkTable } from "../../support/check-table.js";
import { AWS_MANAGED_VOLUME_KEY, notebookAsset } from "../../support/ml-assets.js";
import { DENIED } from "./notebook.fixtures.js";
import { awsProvider } from "../../../providers/aws/index.js";
import { KMS_KEYS_REPLY } from "../../../providers/aws/kms/key-ownership.js";
import { fromRecord } from "../../support/from-record.js";
import {
  AWS_MANAGED_KEY_ARN,
  CUSTOMER_KEY_ARN,
  KEY_ANSWERS,
  sageMakerRecord,
} from "../../support/raw-records.js";

/** A notebook as the collector records it: its DescribeNotebookInstance reply and the KMS answers it got. */
const rawNotebook = (KmsKeyId: string, answers: Record<string, unknown> = KEY_ANSWERS) =>
  fromRecord(
    awsProvider,
    sageMakerRecord("notebook-instance", "raw-notebook", {
      DescribeNotebookInstance: { NotebookInstanceName: "raw-notebook", KmsKeyId },
      [KMS_KEYS_REPLY]: answers,
    }),
  );

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
    {
      name: "raw record: KMS says the key ARN is customer managed",
      asset: rawNotebook(CUSTOMER_KEY_ARN),
      messageId: "volumeCustomerKey",
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
    {
      name: "raw record: the AWS managed aws/sagemaker key named by its key ARN",
      asset: rawNotebook(AWS_MANAGED_KEY_ARN),
      messageId: "volumeNoCustomerKey",
      data: {
        detail: `the notebook's ML storage volume encrypted with AWS managed key ${AWS_MANAGED_KEY_ARN}`,
      },
    },
    {
      name: "raw record: the AWS managed key named by its alias",
      asset: rawNotebook("alias/aws/sagemaker", {}),
      messageId: "volumeNoCustomerKey",
    },
  ],
  unknown: [
    { name: "unreadable", messageId: "cannotTell", asset: notebookAsset({ volumeEncryption: DENIED }) },
    {
      name: "raw record: KMS did not describe the key",
      asset: rawNotebook(CUSTOMER_KEY_ARN, {}),
      messageId: "cannotTell",
    },
  ],
});
