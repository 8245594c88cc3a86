import publicInternet from "../../../checks/ml-workspace/public-internet.js";
import { checkTable } from "../../support/check-table.js";
import { workspaceAsset } from "../../support/ml-assets.js";
import { DENIED } from "./ml-workspace.fixtures.js";

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
