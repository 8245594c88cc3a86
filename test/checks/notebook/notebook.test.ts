import directInternetAccess from "../../../checks/notebook/direct-internet-access.js";
import rootAccess from "../../../checks/notebook/root-access.js";
import kmsKey from "../../../checks/notebook/kms-key.js";
import vpc from "../../../checks/notebook/vpc.js";
import { unknown } from "../../../src/model/known.js";
import { checkTable } from "../../support/check-table.js";
import { AWS_MANAGED_VOLUME_KEY, NO_VPC, notebookAsset } from "../../support/ml-assets.js";

const DENIED = unknown("DescribeNotebookInstance failed: AccessDeniedException");

checkTable(directInternetAccess, {
  valid: [{ name: "direct internet access disabled", asset: notebookAsset() }],
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
      message: /Reaches the internet directly: DirectInternetAccess Enabled/,
      severity: "high",
    },
  ],
  unknown: [
    { name: "unreadable", asset: notebookAsset({ internetAccess: DENIED }), message: /AccessDenied/ },
  ],
});

checkTable(rootAccess, {
  valid: [{ name: "root disabled", asset: notebookAsset() }],
  invalid: [
    {
      name: "root enabled",
      asset: notebookAsset({ rootAccess: { enabled: true, detail: "RootAccess Enabled" } }),
      message: /Users can become root: RootAccess Enabled/,
      severity: "medium",
    },
  ],
  unknown: [{ name: "unreadable", asset: notebookAsset({ rootAccess: DENIED }) }],
});

checkTable(kmsKey, {
  valid: [{ name: "customer key", asset: notebookAsset() }],
  invalid: [
    {
      name: "AWS managed key",
      asset: notebookAsset({ volumeEncryption: AWS_MANAGED_VOLUME_KEY }),
      message: /No customer-managed KMS key/,
      severity: "low",
    },
  ],
  unknown: [{ name: "unreadable", asset: notebookAsset({ volumeEncryption: DENIED }) }],
});

checkTable(vpc, {
  valid: [{ name: "in a subnet", asset: notebookAsset() }],
  invalid: [
    {
      name: "no subnet",
      asset: notebookAsset({ network: NO_VPC }),
      message: /Not in your VPC/,
      severity: "medium",
    },
  ],
  unknown: [{ name: "unreadable", asset: notebookAsset({ network: DENIED }) }],
});
