import check from "../../../checks/search/public-network-disabled.js";
import { azureProvider } from "../../../providers/azure/index.js";
import { unknown } from "../../../src/model/known.js";
import { azureSearchAsset } from "../../support/azure-assets.js";
import { checkTable } from "../../support/check-table.js";
import { fromRecord } from "../../support/from-record.js";
import { azureSearchRecord } from "../../support/raw-records.js";

const raw = (service: Record<string, unknown>) => fromRecord(azureProvider, azureSearchRecord(service));

checkTable(check, {
  valid: [
    { name: "private endpoint only", messageId: "disabled", asset: azureSearchAsset() },
    { name: "raw record: disabled", messageId: "disabled", asset: raw({ publicNetworkAccess: "disabled" }) },
  ],
  invalid: [
    {
      name: "raw record: enabled behind IP rules still fails",
      messageId: "enabled",
      asset: raw({
        publicNetworkAccess: "enabled",
        networkRuleSet: { ipRules: [{ value: "203.0.113.0/24" }] },
      }),
      severity: "low",
    },
    { name: "raw record: unset is enabled", messageId: "enabled", asset: raw({}) },
  ],
  unknown: [
    {
      name: "publicNetworkAccess not reported",
      messageId: "cannotTell",
      asset: azureSearchAsset({ network: { placement: "public", detail: "" } }),
    },
    {
      name: "network unreadable",
      messageId: "cannotTell",
      asset: azureSearchAsset({
        network: unknown("Services_ListBySubscription failed: AuthorizationFailed"),
      }),
    },
  ],
});
