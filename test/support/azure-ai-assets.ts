// Builders for Azure OpenAI / AI Services and Azure ML assets as the Azure normalizers produce them: hardened by
// default, so each check table overrides only the property it is about.
import type { AiServiceAsset } from "../../src/model/assets/ai-service.js";
import type { MlWorkspaceAsset } from "../../src/model/assets/ml-workspace.js";
import { unknown } from "../../src/model/known.js";

export const AI_SUBSCRIPTION = "6f1a0c2e-5d4b-4c3a-9e8f-0a1b2c3d4e5f";
const GROUP = `/subscriptions/${AI_SUBSCRIPTION}/resourceGroups/ai-rg/providers`;

export const ACCOUNTS_DENIED = unknown("Deployments_List failed: AuthorizationFailed");

export function aiServiceAsset(overrides: Partial<AiServiceAsset> = {}): AiServiceAsset {
  return {
    id: `${GROUP}/Microsoft.CognitiveServices/accounts/ai-openai`,
    provider: "azure",
    account: AI_SUBSCRIPTION,
    region: "eastus",
    kind: "ai-service",
    type: "azure.cognitiveservices.account",
    name: "ai-openai",
    tags: {},
    relations: [],
    raw: {},
    serviceKind: "OpenAI",
    exposure: { public: false, reasons: ["public network access is disabled: private endpoints only"] },
    network: { placement: "private-endpoint", privateEndpoints: 1, detail: "1 approved private endpoint" },
    authentication: { localAuth: false, methods: ["entra-id"], detail: "account keys are disabled" },
    encryptionAtRest: {
      enabled: true,
      keyManager: "customer",
      keyId: "https://kv.vault.azure.net/keys/openai",
    },
    deployments: [{ name: "gpt-4o", model: "gpt-4o", contentFilter: "Microsoft.DefaultV2" }],
    contentFilters: [
      {
        name: "Microsoft.DefaultV2",
        mode: "Blocking",
        notBlocking: [],
        jailbreakShield: true,
        builtIn: true,
      },
    ],
    diagnosticLogs: {
      enabled: true,
      target: `${GROUP}/Microsoft.OperationalInsights/workspaces/ai-logs`,
      setting: "ai-audit",
      logAnalytics: true,
    },
    identity: { type: "SystemAssigned", userAssigned: 0, detail: "managed identity SystemAssigned" },
    outbound: {
      restricted: true,
      allowedFqdns: ["ai-search.search.windows.net"],
      detail: "restrictOutboundNetworkAccess true",
    },
    customerStorage: { accounts: [], detail: "no userOwnedStorage" },
    ...overrides,
  };
}

/** An Azure ML workspace with every Azure control in place. */
export function azureWorkspaceAsset(overrides: Partial<MlWorkspaceAsset> = {}): MlWorkspaceAsset {
  return {
    id: `${GROUP}/Microsoft.MachineLearningServices/workspaces/ai-hub`,
    provider: "azure",
    account: AI_SUBSCRIPTION,
    region: "eastus",
    kind: "ml-workspace",
    type: "azure.machinelearning.workspace",
    name: "ai-hub",
    tags: {},
    relations: [],
    raw: {},
    publicNetwork: { enabled: false, detail: "publicNetworkAccess Disabled" },
    encryptionAtRest: { enabled: true, keyManager: "customer", keyId: "https://kv.vault.azure.net/keys/ml" },
    network: { customerNetwork: true, subnetIds: [], securityGroupIds: [], detail: "1 private endpoint" },
    authentication: { methods: ["entra-id"], detail: "Entra ID" },
    workspaceKind: "Hub",
    managedNetwork: { isolationMode: "AllowOnlyApprovedOutbound", detail: "only approved outbound" },
    privateEndpoints: 1,
    identity: { type: "UserAssigned", userAssigned: 1, detail: "identity UserAssigned" },
    storageAccess: { mode: "identity", detail: "systemDatastoresAuthMode identity" },
    diagnosticLogs: { enabled: true, target: `${GROUP}/Microsoft.OperationalInsights/workspaces/ai-logs` },
    computes: [
      {
        name: "ci",
        computeType: "ComputeInstance",
        localAuth: false,
        subnet: `${GROUP}/Microsoft.Network/virtualNetworks/v/subnets/ml`,
        latestOsImage: true,
        idleShutdownMinutes: 60,
      },
    ],
    ...overrides,
  };
}
