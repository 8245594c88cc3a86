import directInternetAccess from "../../../checks/notebook/direct-internet-access.js";
import { checkTable } from "../../support/check-table.js";
import { notebookAsset } from "../../support/ml-assets.js";
import { DENIED } from "./notebook.fixtures.js";

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
