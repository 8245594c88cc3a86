import publicInternet from "../../../checks/ml-workspace/public-internet.js";
import kmsKey from "../../../checks/ml-workspace/kms-key.js";
import { unknown } from "../../../src/model/known.js";
import { checkTable } from "../../support/check-table.js";
import { workspaceAsset } from "../../support/ml-assets.js";

const DENIED = unknown("DescribeDomain failed: AccessDeniedException");

checkTable(publicInternet, {
  valid: [{ name: "VpcOnly", asset: workspaceAsset() }],
  invalid: [
    {
      name: "PublicInternetOnly",
      asset: workspaceAsset({
        publicNetwork: {
          enabled: true,
          detail:
            "AppNetworkAccessType PublicInternetOnly: Studio apps reach the internet through SageMaker's network",
        },
      }),
      message: /Traffic uses the public internet: AppNetworkAccessType PublicInternetOnly/,
      severity: "medium",
    },
  ],
  unknown: [
    {
      name: "domain unreadable",
      asset: workspaceAsset({ publicNetwork: DENIED }),
      message: /DescribeDomain failed/,
    },
  ],
});

checkTable(kmsKey, {
  valid: [{ name: "customer key", asset: workspaceAsset() }],
  invalid: [
    {
      name: "AWS managed key",
      asset: workspaceAsset({
        encryptionAtRest: { enabled: true, keyManager: "provider", algorithm: "aws:kms" },
      }),
      message: /only with a provider-managed key/,
      severity: "low",
    },
  ],
  unknown: [{ name: "domain unreadable", asset: workspaceAsset({ encryptionAtRest: DENIED }) }],
});
