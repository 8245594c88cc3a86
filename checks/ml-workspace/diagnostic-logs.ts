import { defineCheck, fail, pass } from "../../src/model/check.js";
import { AUDIT_LOGGING } from "../compliance.js";
import { whenReported } from "./azure-controls.js";

export default defineCheck({
  id: "ml-workspace.diagnostic-logs",
  title: "Azure ML workspaces should send resource logs to a log destination",
  kind: "ml-workspace",
  category: "logging",
  severity: "medium",
  providers: ["azure"],
  compliance: AUDIT_LOGGING,
  remediation: {
    text: "Add a diagnostic setting that sends the workspace's allLogs category group to a Log Analytics workspace, so jobs, compute and data access in the workspace can be investigated.",
    cli: {
      azure:
        'az monitor diagnostic-settings create --name ml-logs --resource WORKSPACE_ID --workspace LOG_ANALYTICS_ID --logs \'[{"categoryGroup":"allLogs","enabled":true}]\'',
    },
  },
  messages: {
    logged: "Resource logs go to {{target}} (setting {{setting}})",
    notLogged: "No diagnostic setting sends the workspace's resource logs",
  },
  evaluate: (asset) =>
    whenReported("the workspace's diagnostic settings", asset.diagnosticLogs, (logs) =>
      logs.enabled
        ? pass("logged", { ...logs, target: logs.target ?? "", setting: logs.setting ?? "" })
        : fail("notLogged", { ...logs }),
    ),
});
