import check from "../../../checks/ai-service/diagnostic-logs.js";
import { azureProvider } from "../../../providers/azure/index.js";
import { aiServiceAsset } from "../../support/azure-ai-assets.js";
import { checkTable } from "../../support/check-table.js";
import { fromRecord } from "../../support/from-record.js";
import { cognitiveAccountRecord, withoutReply } from "../../support/raw-records.js";

const WORKSPACE =
  "/subscriptions/s/resourceGroups/ops/providers/Microsoft.OperationalInsights/workspaces/ai-logs";
const STORAGE = "/subscriptions/s/resourceGroups/ops/providers/Microsoft.Storage/storageAccounts/logs";
const setting = (destination: Record<string, string>, logs: Record<string, unknown>[]) => ({
  DiagnosticSettings_List: [{ name: "ai-audit", properties: { ...destination, logs } }],
});
const raw = (replies: Record<string, unknown>) =>
  fromRecord(azureProvider, cognitiveAccountRecord({}, "raw-openai", replies));

checkTable(check, {
  valid: [
    { name: "audit logs to Log Analytics", messageId: "toLogAnalytics", asset: aiServiceAsset() },
    {
      name: "raw record: the audit category group to a workspace",
      messageId: "toLogAnalytics",
      asset: raw(setting({ workspaceId: WORKSPACE }, [{ categoryGroup: "audit", enabled: true }])),
      data: { target: WORKSPACE, setting: "ai-audit" },
    },
    {
      name: "raw record: RequestResponse to a storage account",
      messageId: "elsewhere",
      asset: raw(setting({ storageAccountId: STORAGE }, [{ category: "RequestResponse", enabled: true }])),
      data: { target: STORAGE },
    },
  ],
  invalid: [
    {
      name: "raw record: no diagnostic settings",
      messageId: "notLogged",
      asset: raw({}),
      severity: "medium",
    },
    {
      name: "raw record: a setting with the audit category disabled",
      messageId: "notLogged",
      asset: raw(setting({ workspaceId: WORKSPACE }, [{ category: "Audit", enabled: false }])),
    },
    {
      name: "raw record: only metrics-like categories sent",
      messageId: "notLogged",
      asset: raw(setting({ workspaceId: WORKSPACE }, [{ category: "Trace", enabled: true }])),
    },
  ],
  unknown: [
    {
      name: "raw record: diagnostic settings not read",
      messageId: "cannotTell",
      asset: fromRecord(azureProvider, withoutReply(cognitiveAccountRecord({}), "DiagnosticSettings_List")),
    },
  ],
});
