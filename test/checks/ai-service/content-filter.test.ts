import contentFilter from "../../../checks/ai-service/content-filter.js";
import { ACCOUNTS_DENIED, aiServiceAsset } from "../../support/azure-ai-assets.js";
import { checkTable } from "../../support/check-table.js";

checkTable(contentFilter, {
  valid: [
    { name: "every deployment filtered", messageId: "filtered", asset: aiServiceAsset() },
    {
      name: "a kind without deployments",
      messageId: "noDeployments",
      asset: aiServiceAsset({ serviceKind: "SpeechServices", deployments: [] }),
    },
  ],
  invalid: [
    {
      name: "one deployment with no RAI policy",
      asset: aiServiceAsset({
        deployments: [
          { name: "gpt-4o", model: "gpt-4o", contentFilter: "Microsoft.DefaultV2" },
          { name: "raw", model: "gpt-4o-mini" },
        ],
      }),
      messageId: "unfiltered",
      data: { unfiltered: 1, total: 2, names: "raw (gpt-4o-mini)" },
      severity: "medium",
    },
  ],
  unknown: [
    {
      name: "deployments could not be listed",
      messageId: "cannotTell",
      asset: aiServiceAsset({ deployments: ACCOUNTS_DENIED }),
    },
  ],
});
