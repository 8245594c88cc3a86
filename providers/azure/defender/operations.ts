import type { AzureOperation } from "../operation.js";

export const DEFENDER_OPERATIONS: readonly AzureOperation[] = [
  {
    service: "defender",
    operation: "Pricings_List",
    sdk: "@azure/arm-security pricings.list",
    path: "/subscriptions/{subscriptionId}/providers/Microsoft.Security/pricings",
    permission: "Microsoft.Security/pricings/read",
    why: "Defender plans on the Standard tier (any, Storage, AI services): whether threats are detected at all",
  },
  {
    service: "defender",
    operation: "Alerts_List",
    sdk: "@azure/arm-security alerts.list",
    path: "/subscriptions/{subscriptionId}/providers/Microsoft.Security/alerts",
    permission: "Microsoft.Security/alerts/read",
    why: "Defender security alerts, merged with our findings (escalation of exposed resources under attack)",
  },
  {
    service: "defender",
    operation: "Assessments_List",
    sdk: "@azure/arm-security assessments.list",
    path: "/{scope*}/providers/Microsoft.Security/assessments",
    permission: "Microsoft.Security/assessments/read",
    why: "Defender recommendations per resource (Unhealthy ones fold into or join our findings)",
  },
  {
    service: "defender",
    operation: "AssessmentsMetadata_List",
    sdk: "@azure/arm-security assessmentsMetadata.list",
    path: "/providers/Microsoft.Security/assessmentMetadata",
    permission: "Microsoft.Security/assessmentMetadata/read",
    why: "each recommendation's policyDefinitionId and severity (the key the merge folds on)",
  },
];
