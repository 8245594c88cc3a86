import check from "../../../checks/ai-service/public-network-disabled.js";
import { azureProvider } from "../../../providers/azure/index.js";
import { aiServiceAsset } from "../../support/azure-ai-assets.js";
import { checkTable } from "../../support/check-table.js";
import { fromRecord } from "../../support/from-record.js";
import { cognitiveAccountRecord } from "../../support/raw-records.js";
import { LISTED_DENIED } from "./ai-service.fixtures.js";

const raw = (properties: Record<string, unknown>) =>
  fromRecord(azureProvider, cognitiveAccountRecord({ properties }));

checkTable(check, {
  valid: [
    { name: "private endpoint only", messageId: "disabled", asset: aiServiceAsset() },
    { name: "raw record: Disabled", messageId: "disabled", asset: raw({ publicNetworkAccess: "Disabled" }) },
  ],
  invalid: [
    {
      name: "raw record: enabled behind a default-deny firewall still fails",
      messageId: "enabled",
      asset: raw({
        publicNetworkAccess: "Enabled",
        networkAcls: { defaultAction: "Deny", ipRules: [{ value: "203.0.113.0/24" }] },
      }),
      data: { placement: "restricted" },
      severity: "low",
    },
    {
      name: "raw record: unset is enabled",
      messageId: "enabled",
      asset: raw({}),
      data: { placement: "public" },
    },
  ],
  unknown: [
    { name: "unreadable", messageId: "cannotTell", asset: aiServiceAsset({ network: LISTED_DENIED }) },
  ],
});
