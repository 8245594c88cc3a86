import type { AzureOperation } from "../operation.js";

export const COGNITIVE_OPERATIONS: readonly AzureOperation[] = [
  {
    service: "cognitive",
    operation: "Accounts_List",
    sdk: "@azure/arm-cognitiveservices accounts.list",
    path: "/subscriptions/{subscriptionId}/providers/Microsoft.CognitiveServices/accounts",
    permission: "Microsoft.CognitiveServices/accounts/read",
    why: "Azure OpenAI / AI Services accounts: kind, public network access, firewall, local auth, CMK, private endpoints",
  },
  {
    service: "cognitive",
    operation: "Deployments_List",
    sdk: "@azure/arm-cognitiveservices deployments.list",
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/deployments",
    permission: "Microsoft.CognitiveServices/accounts/deployments/read",
    why: "model deployments of OpenAI / AIServices accounts and the content filter (raiPolicyName) of each",
  },

  {
    service: "cognitive",
    operation: "RaiPolicies_List",
    sdk: "@azure/arm-cognitiveservices raiPolicies.list",
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}/raiPolicies",
    permission: "Microsoft.CognitiveServices/accounts/raiPolicies/read",
    why: "content filters (RAI policies): mode (blocking or asynchronous) and which filters block",
  },
];
