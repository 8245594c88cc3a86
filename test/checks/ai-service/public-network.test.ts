import publicNetwork from "../../../checks/ai-service/public-network.js";
import { aiServiceAsset } from "../../support/azure-ai-assets.js";
import { checkTable } from "../../support/check-table.js";
import { PUBLIC, RESTRICTED, LISTED_DENIED } from "./ai-service.fixtures.js";
import { azureProvider } from "../../../providers/azure/index.js";
import { fromRecord } from "../../support/from-record.js";
import { cognitiveAccountRecord } from "../../support/raw-records.js";

const rawAccount = (properties: Record<string, unknown>) =>
  fromRecord(azureProvider, cognitiveAccountRecord({ properties }));

checkTable(publicNetwork, {
  valid: [
    { name: "private endpoints only", messageId: "notPublic", asset: aiServiceAsset() },
    {
      name: "enabled but default-deny with a narrow IP rule",
      messageId: "notPublic",
      asset: aiServiceAsset({ exposure: RESTRICTED }),
    },
    {
      name: "raw record: public network access disabled",
      asset: rawAccount({ publicNetworkAccess: "Disabled" }),
      messageId: "notPublic",
    },
    {
      name: "raw record: default-deny firewall admitting one narrow IP range",
      asset: rawAccount({ networkAcls: { defaultAction: "Deny", ipRules: [{ value: "203.0.113.0/24" }] } }),
      messageId: "notPublic",
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
    {
      name: "raw record: no networkAcls (ARM's default action is Allow)",
      asset: rawAccount({}),
      messageId: "public",
      data: { serviceKind: "OpenAI" },
    },
    {
      name: "raw record: default-deny firewall with an IP rule 0.0.0.0/0",
      asset: rawAccount({ networkAcls: { defaultAction: "Deny", ipRules: [{ value: "0.0.0.0/0" }] } }),
      messageId: "public",
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
