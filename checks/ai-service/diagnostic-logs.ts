import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { AUDIT_LOGGING } from "../compliance.js";

export default defineCheck({
  id: "ai-service.diagnostic-logs",
  title: "AI service accounts should send audit and request logs to a log destination",
  kind: "ai-service",
  category: "logging",
  severity: "medium",
  providers: ["azure"],
  compliance: AUDIT_LOGGING,
  remediation: {
    text: "Add a diagnostic setting that sends the Audit and RequestResponse categories (or the audit / allLogs group) to a Log Analytics workspace, so who called which deployment, and with which key or identity, can be answered after an incident.",
    cli: {
      azure:
        'az monitor diagnostic-settings create --name ai-audit --resource ACCOUNT_ID --workspace WORKSPACE_ID --logs \'[{"categoryGroup":"audit","enabled":true},{"category":"RequestResponse","enabled":true}]\'',
    },
  },
  messages: {
    toLogAnalytics: "Audit logs go to Log Analytics workspace {{target}} (setting {{setting}})",
    elsewhere: "Audit logs are kept in {{target}} (setting {{setting}}), not in a Log Analytics workspace",
    notLogged: "No diagnostic setting sends audit or request logs: calls to the models leave no record",
  },
  evaluate: (asset) =>
    whenKnown("the account's diagnostic settings", asset.diagnosticLogs, (logs) => {
      if (!logs.enabled) return fail("notLogged", { ...logs });
      const data = { ...logs, target: logs.target ?? "", setting: logs.setting ?? "" };
      return logs.logAnalytics ? pass("toLogAnalytics", data) : pass("elsewhere", data);
    }),
});
