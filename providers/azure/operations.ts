// The one list of Azure Resource Manager operations aiposture calls. Every call goes through AzureReader, which
// refuses an operation not listed here, and every HTTP request of an ARM client passes the read-only guard
// policy (clients.ts), which refuses any request that is not a GET matching the path of the operation the
// reader is running. So this list is the truth for the custom role (`aiposture permissions --provider azure`).

export interface AzureOperation {
  /** Short service name used in error entries and inventory records ("storage", "search"). */
  service: string;
  /** ARM operationId: the name in error entries, inventory replies, and the emulator's calls() and faults. */
  operation: string;
  /** What issues it: an SDK method, or "arm-rest" for a GET through the pipeline without an SDK client. */
  sdk: string;
  /** ARM path template, matched case-insensitively; {name*} spans segments. Always a GET. */
  path: string;
  /** The Azure RBAC action that authorizes it. */
  permission: string;
  why: string;
}

const ACCOUNT =
  "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}";

const WORKSPACE =
  "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}";

export const AZURE_OPERATIONS: readonly AzureOperation[] = [
  {
    service: "resources",
    operation: "Subscriptions_List",
    sdk: "@azure/arm-resources-subscriptions subscriptions.list",
    path: "/subscriptions",
    permission: "Microsoft.Resources/subscriptions/read",
    why: "subscriptions the identity can see, when --subscriptions is not given",
  },
  {
    service: "storage",
    operation: "StorageAccounts_List",
    sdk: "@azure/arm-storage storageAccounts.list",
    path: "/subscriptions/{subscriptionId}/providers/Microsoft.Storage/storageAccounts",
    permission: "Microsoft.Storage/storageAccounts/read",
    why: "storage accounts: public blob access, HTTPS/TLS, shared key, network rules, encryption, tags",
  },
  {
    service: "storage",
    operation: "BlobServices_GetServiceProperties",
    sdk: "@azure/arm-storage blobServices.getServiceProperties",
    path: `${ACCOUNT}/blobServices/default`,
    permission: "Microsoft.Storage/storageAccounts/blobServices/read",
    why: "blob soft delete and versioning",
  },
  {
    service: "storage",
    operation: "BlobContainers_List",
    sdk: "@azure/arm-storage blobContainers.list",
    path: `${ACCOUNT}/blobServices/default/containers`,
    permission: "Microsoft.Storage/storageAccounts/blobServices/containers/read",
    why: "each container's public access level",
  },
  {
    service: "monitor",
    operation: "DiagnosticSettings_List",
    sdk: "arm-rest (Microsoft.Insights, api-version 2021-05-01-preview)",
    path: "/subscriptions/{subscriptionId}/{resourcePath*}/providers/Microsoft.Insights/diagnosticSettings",
    permission: "Microsoft.Insights/diagnosticSettings/read",
    why: "whether blob reads/writes and search operations are logged",
  },
  {
    service: "search",
    operation: "Services_ListBySubscription",
    sdk: "@azure/arm-search services.listBySubscription",
    path: "/subscriptions/{subscriptionId}/providers/Microsoft.Search/searchServices",
    permission: "Microsoft.Search/searchServices/read",
    why: "AI Search services: public network access, IP rules, local auth, CMK, private endpoints, SKU",
  },
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
    service: "machinelearning",
    operation: "Workspaces_ListBySubscription",
    sdk: "@azure/arm-machinelearning workspaces.listBySubscription",
    path: "/subscriptions/{subscriptionId}/providers/Microsoft.MachineLearningServices/workspaces",
    permission: "Microsoft.MachineLearningServices/workspaces/read",
    why: "ML workspaces: public network access, CMK, high business impact, storage / key vault / registry",
  },
  {
    service: "machinelearning",
    operation: "OnlineEndpoints_List",
    sdk: "@azure/arm-machinelearning onlineEndpoints.list",
    path: `${WORKSPACE}/onlineEndpoints`,
    permission: "Microsoft.MachineLearningServices/workspaces/onlineEndpoints/read",
    why: "online endpoints: public network access and auth mode (key, AML token, Entra ID token)",
  },
  {
    service: "machinelearning",
    operation: "OnlineDeployments_List",
    sdk: "@azure/arm-machinelearning onlineDeployments.list",
    path: `${WORKSPACE}/onlineEndpoints/{endpointName}/deployments`,
    permission: "Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments/read",
    why: "each endpoint's deployments: instance type and count",
  },
  {
    service: "machinelearning",
    operation: "Compute_List",
    sdk: "arm-rest (Microsoft.MachineLearningServices computes, api-version 2024-10-01 for enableRootAccess)",
    path: `${WORKSPACE}/computes`,
    permission: "Microsoft.MachineLearningServices/workspaces/computes/read",
    why: "compute instances and clusters: public IP, public SSH, local auth, root access, subnet",
  },
];

export function findAzureOperation(service: string, operation: string): AzureOperation | undefined {
  return AZURE_OPERATIONS.find((entry) => entry.service === service && entry.operation === operation);
}

const compiled = new Map<AzureOperation, RegExp>();

function patternOf(entry: AzureOperation): RegExp {
  let pattern = compiled.get(entry);
  if (!pattern) {
    const source = entry.path
      .split(/(\{\w+\*?\})/)
      .map((part) => {
        const spans = /^\{\w+(\*?)\}$/.exec(part);
        if (spans) return spans[1] ? ".+" : "[^/]+";
        return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      })
      .join("");
    pattern = new RegExp(`^${source}/?$`, "i");
    compiled.set(entry, pattern);
  }
  return pattern;
}

/** Whether an HTTP request is the listed operation: a GET whose path matches its template. */
export function requestMatches(entry: AzureOperation, method: string, path: string): boolean {
  return method.toUpperCase() === "GET" && patternOf(entry).test(path);
}

/** The listed operation an HTTP request is, if any (for messages when a request matches none). */
export function operationForRequest(method: string, path: string): AzureOperation | undefined {
  return AZURE_OPERATIONS.find((entry) => requestMatches(entry, method, path));
}
