import publicNetwork from "../../../checks/ai-service/public-network.js";
import { aiServiceAsset } from "../../support/azure-ai-assets.js";
import { checkTable } from "../../support/check-table.js";
import { PUBLIC, RESTRICTED, LISTED_DENIED } from "./ai-service.fixtures.js";

checkTable(publicNetwork, {
  valid: [
    { name: "private endpoints only", messageId: "notPublic", asset: aiServiceAsset() },
    {
      name: "enabled but default-deny with a narrow IP rule",
      messageId: "notPublic",
      asset: aiServiceAsset({ exposure: RESTRICTED }),
    },
  ],
  invalid: [
    {
      name: "enabled with default Allow",
      asset: aiServiceAsset({ exposure: PUBLIC }),
      messageId: "public",
      data: {
        serviceKind: "OpenAI",
        reasons: ["public network access is enabled and the firewall's default action is Allow"],
      },
      severity: "high",
    },
    {
      name: "a phi-tagged account is raised to critical",
      asset: aiServiceAsset({ exposure: PUBLIC, dataClassification: "phi" }),
      messageId: "public",
      data: {
        serviceKind: "OpenAI",
        reasons: ["public network access is enabled and the firewall's default action is Allow"],
      },
      severity: "critical",
    },
  ],
  unknown: [
    {
      name: "the account could not be read",
      messageId: "cannotTell",
      asset: aiServiceAsset({ exposure: LISTED_DENIED }),
    },
  ],
});
