import publicInternet from "../../../checks/ml-workspace/public-internet.js";
import kmsKey from "../../../checks/ml-workspace/kms-key.js";
import { unknown } from "../../../src/model/known.js";
import { checkTable } from "../../support/check-table.js";
import { workspaceAsset } from "../../support/ml-assets.js";

const DENIED = unknown("DescribeDomain failed: AccessDeniedException");

checkTable(publicInternet, {
  valid: [{ name: "VpcOnly", messageId: "private", asset: workspaceAsset() }],
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
      messageId: "public",
      data: {
        detail:
          "AppNetworkAccessType PublicInternetOnly: Studio apps reach the internet through SageMaker's network",
      },
      severity: "medium",
    },
  ],
  unknown: [
    {
      name: "domain unreadable",
      asset: workspaceAsset({ publicNetwork: DENIED }),
      messageId: "cannotTell",
      data: {
        reason: "DescribeDomain failed: AccessDeniedException",
      },
    },
  ],
});

checkTable(kmsKey, {
  valid: [{ name: "customer key", messageId: "customerKey", asset: workspaceAsset() }],
  invalid: [
    {
      name: "AWS managed key",
      asset: workspaceAsset({
        encryptionAtRest: { enabled: true, keyManager: "provider", algorithm: "aws:kms" },
      }),
      messageId: "providerKey",
      data: { keyManager: "provider" },
      severity: "low",
    },
  ],
  unknown: [
    {
      name: "domain unreadable",
      messageId: "cannotTell",
      asset: workspaceAsset({ encryptionAtRest: DENIED }),
    },
  ],
});
