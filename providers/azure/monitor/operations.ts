import type { AzureOperation } from "../operation.js";

export const MONITOR_OPERATIONS: readonly AzureOperation[] = [
  {
    service: "monitor",
    operation: "DiagnosticSettings_List",
    sdk: "arm-rest (Microsoft.Insights, api-version 2021-05-01-preview)",
    path: "/subscriptions/{subscriptionId}/{resourcePath*}/providers/Microsoft.Insights/diagnosticSettings",
    permission: "Microsoft.Insights/diagnosticSettings/read",
    why: "whether blob reads/writes and search operations are logged",
  },
];
