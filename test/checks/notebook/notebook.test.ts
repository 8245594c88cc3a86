import directInternetAccess from "../../../checks/notebook/direct-internet-access.js";
import rootAccess from "../../../checks/notebook/root-access.js";
import kmsKey from "../../../checks/notebook/kms-key.js";
import vpc from "../../../checks/notebook/vpc.js";
import { unknown } from "../../../src/model/known.js";
import { checkTable } from "../../support/check-table.js";
import { AWS_MANAGED_VOLUME_KEY, NO_VPC, notebookAsset } from "../../support/ml-assets.js";

const DENIED = unknown("DescribeNotebookInstance failed: AccessDeniedException");

checkTable(directInternetAccess, {
  valid: [{ name: "direct internet access disabled", messageId: "noDirectInternet", asset: notebookAsset() }],
  invalid: [
    {
      name: "enabled (the default)",
      asset: notebookAsset({
        internetAccess: {
          direct: true,
          detail:
            "DirectInternetAccess Enabled and no VPC: the notebook reaches the internet through SageMaker's network",
        },
      }),
      messageId: "directInternet",
      data: {
        detail:
          "DirectInternetAccess Enabled and no VPC: the notebook reaches the internet through SageMaker's network",
      },
      severity: "high",
    },
  ],
  unknown: [
    {
      name: "unreadable",
      asset: notebookAsset({ internetAccess: DENIED }),
      messageId: "cannotTell",
      data: { reason: "DescribeNotebookInstance failed: AccessDeniedException" },
    },
  ],
});

checkTable(rootAccess, {
  valid: [{ name: "root disabled", messageId: "noRoot", asset: notebookAsset() }],
  invalid: [
    {
      name: "root enabled",
      asset: notebookAsset({ rootAccess: { enabled: true, detail: "RootAccess Enabled" } }),
      messageId: "root",
      data: { detail: "RootAccess Enabled" },
      severity: "medium",
    },
  ],
  unknown: [{ name: "unreadable", messageId: "cannotTell", asset: notebookAsset({ rootAccess: DENIED }) }],
});

checkTable(kmsKey, {
  valid: [{ name: "customer key", messageId: "volumeCustomerKey", asset: notebookAsset() }],
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

checkTable(vpc, {
  valid: [{ name: "in a subnet", messageId: "inVpc", asset: notebookAsset() }],
  invalid: [
    {
      name: "no subnet",
      asset: notebookAsset({ network: NO_VPC }),
      messageId: "notInVpc",
      data: { detail: "no VpcConfig: the containers use SageMaker's network" },
      severity: "medium",
    },
  ],
  unknown: [{ name: "unreadable", messageId: "cannotTell", asset: notebookAsset({ network: DENIED }) }],
});
