import type { AzureOperation } from "../operation.js";

const WORKSPACE =
  "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.MachineLearningServices/workspaces/{workspaceName}";

export const MACHINE_LEARNING_OPERATIONS: readonly AzureOperation[] = [
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
    operation: "Workspaces_Get",
    sdk: "arm-rest (Microsoft.MachineLearningServices workspaces, api-version 2024-10-01 for kind and managedNetwork)",
    path: WORKSPACE,
    permission: "Microsoft.MachineLearningServices/workspaces/read",
    why: "AI Foundry hubs and projects (kind), managed network isolation mode, identity, datastore auth mode, private endpoints",
  },
  {
    service: "machinelearning",
    operation: "WorkspaceConnections_List",
    sdk: "arm-rest (Microsoft.MachineLearningServices workspaces/connections, api-version 2024-10-01)",
    path: `${WORKSPACE}/connections`,
    permission: "Microsoft.MachineLearningServices/workspaces/connections/read",
    why: "AI Foundry connections to AI Search, storage and Azure OpenAI: the retrieval (RAG) chain (no secrets are read)",
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
    operation: "EnvironmentVersions_Get",
    sdk: "@azure/arm-machinelearning environmentVersions.get",
    path: `${WORKSPACE}/environments/{name}/versions/{version}`,
    permission: "Microsoft.MachineLearningServices/workspaces/environments/versions/read",
    why: "the workspace environment a deployment runs in: its image and conda file (the AI packages it pins)",
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
