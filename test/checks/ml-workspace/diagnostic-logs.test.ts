import check from "../../../checks/ml-workspace/diagnostic-logs.js";
import { azureWorkspaceAsset } from "../../support/azure-ai-assets.js";
import { checkTable } from "../../support/check-table.js";
import { rawWorkspace, unreadWorkspace } from "./azure.fixtures.js";

const LA = "/subscriptions/s/resourceGroups/ops/providers/Microsoft.OperationalInsights/workspaces/logs";
const settings = (logs: unknown[]) => ({
  DiagnosticSettings_List: [{ name: "ml-logs", properties: { workspaceId: LA, logs } }],
});

checkTable(check, {
  valid: [
    { name: "logged", messageId: "logged", asset: azureWorkspaceAsset() },
    {
      name: "raw record: allLogs to Log Analytics",
      messageId: "logged",
      asset: rawWorkspace({}, settings([{ categoryGroup: "allLogs", enabled: true }])),
      data: { target: LA, setting: "ml-logs" },
    },
  ],
  invalid: [
    { name: "raw record: no settings", messageId: "notLogged", asset: rawWorkspace({}), severity: "medium" },
    {
      name: "raw record: the group disabled",
      messageId: "notLogged",
      asset: rawWorkspace({}, settings([{ categoryGroup: "allLogs", enabled: false }])),
    },
  ],
  unknown: [
    {
      name: "raw record: settings not read",
      messageId: "cannotTell",
      asset: unreadWorkspace("DiagnosticSettings_List"),
    },
  ],
});
