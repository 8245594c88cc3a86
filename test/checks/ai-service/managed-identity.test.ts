import check from "../../../checks/ai-service/managed-identity.js";
import { azureProvider } from "../../../providers/azure/index.js";
import { unknown } from "../../../src/model/known.js";
import { aiServiceAsset } from "../../support/azure-ai-assets.js";
import { checkTable } from "../../support/check-table.js";
import { fromRecord } from "../../support/from-record.js";
import { cognitiveAccountRecord } from "../../support/raw-records.js";

const raw = (account: Record<string, unknown>) => fromRecord(azureProvider, cognitiveAccountRecord(account));

checkTable(check, {
  valid: [
    { name: "system-assigned", messageId: "assigned", asset: aiServiceAsset() },
    {
      name: "raw record: a user-assigned identity",
      messageId: "assigned",
      asset: raw({ identity: { type: "UserAssigned", userAssignedIdentities: { "/id/ai-mi": {} } } }),
      data: { type: "UserAssigned", userAssigned: 1 },
    },
  ],
  invalid: [
    { name: "raw record: no identity block", messageId: "none", asset: raw({}), severity: "low" },
    { name: "raw record: identity type None", messageId: "none", asset: raw({ identity: { type: "None" } }) },
  ],
  unknown: [
    {
      name: "identity unreadable",
      messageId: "cannotTell",
      asset: aiServiceAsset({ identity: unknown("Accounts_List failed: AuthorizationFailed") }),
    },
  ],
});
