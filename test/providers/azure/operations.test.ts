// The one list of Azure operations: reads only, each with the RBAC action the custom role grants, and the
// request matcher the read-only guard relies on.
import { describe, expect, it } from "vitest";
import { AZURE_OPERATIONS, operationForRequest } from "../../../providers/azure/operations.js";
import { azureCustomRole } from "../../../providers/azure/role.js";
import {
  EMULATOR_CREDENTIAL,
  azureCredential,
  isLoopbackEndpoint,
} from "../../../providers/azure/credential.js";

const SUB = "/subscriptions/6f1a0c2e-5d4b-4c3a-9e8f-0a1b2c3d4e5f";
const ACCOUNT = `${SUB}/resourceGroups/ai-rg/providers/Microsoft.Storage/storageAccounts/aistore`;

describe("AZURE_OPERATIONS", () => {
  it("lists reads only, each authorized by a */read action, with unique names", () => {
    for (const op of AZURE_OPERATIONS)
      expect(op.permission, op.operation).toMatch(/^Microsoft\.[\w.]+\/[\w/]+\/read$/);
    const names = AZURE_OPERATIONS.map((op) => `${op.service}:${op.operation}`);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each([
    ["GET", "/subscriptions", "Subscriptions_List"],
    ["GET", `${SUB}/providers/Microsoft.Storage/storageAccounts`, "StorageAccounts_List"],
    ["GET", `${SUB}/providers/microsoft.storage/STORAGEACCOUNTS`, "StorageAccounts_List"],
    ["GET", `${ACCOUNT}/blobServices/default`, "BlobServices_GetServiceProperties"],
    ["GET", `${ACCOUNT}/blobServices/default/containers`, "BlobContainers_List"],
    [
      "GET",
      `${ACCOUNT}/blobServices/default/providers/Microsoft.Insights/diagnosticSettings`,
      "DiagnosticSettings_List",
    ],
    ["GET", `${SUB}/providers/Microsoft.Search/searchServices`, "Services_ListBySubscription"],
    ["POST", `${ACCOUNT}/listKeys`, undefined],
    ["PUT", `${ACCOUNT}/blobServices/default`, undefined],
    ["GET", `${ACCOUNT}/blobServices/default/containers/data`, undefined],
  ])("%s %s is %s", (method, path, operation) => {
    expect(operationForRequest(method, path)?.operation).toBe(operation);
  });

  it("generates a custom role with exactly the listed actions and no data actions", () => {
    const role = azureCustomRole(AZURE_OPERATIONS, [SUB]);
    expect(role).toMatchObject({ IsCustom: true, NotActions: [], DataActions: [], AssignableScopes: [SUB] });
    expect(role.Actions).toEqual([
      "Microsoft.CognitiveServices/accounts/deployments/read",
      "Microsoft.CognitiveServices/accounts/raiPolicies/read",
      "Microsoft.CognitiveServices/accounts/read",
      "Microsoft.Insights/diagnosticSettings/read",
      "Microsoft.MachineLearningServices/workspaces/computes/read",
      "Microsoft.MachineLearningServices/workspaces/connections/read",
      "Microsoft.MachineLearningServices/workspaces/environments/versions/read",
      "Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments/read",
      "Microsoft.MachineLearningServices/workspaces/onlineEndpoints/read",
      "Microsoft.MachineLearningServices/workspaces/read",
      "Microsoft.Network/privateEndpoints/privateDnsZoneGroups/read",
      "Microsoft.Resources/subscriptions/read",
      "Microsoft.Search/searchServices/read",
      "Microsoft.Search/searchServices/sharedPrivateLinkResources/read",
      "Microsoft.Security/alerts/read",
      "Microsoft.Security/assessmentMetadata/read",
      "Microsoft.Security/assessments/read",
      "Microsoft.Security/pricings/read",
      "Microsoft.Storage/storageAccounts/blobServices/containers/read",
      "Microsoft.Storage/storageAccounts/blobServices/read",
      "Microsoft.Storage/storageAccounts/read",
    ]);
  });
});

describe("Azure credential", () => {
  it.each([
    ["https://127.0.0.1:8443", true],
    ["https://localhost:8443", true],
    ["https://[::1]:8443", true],
    ["https://management.azure.com", false],
    ["https://management.usgovcloudapi.net", false],
    ["https://127.0.0.1.example.com", false],
  ])("%s is loopback: %s", (endpoint, loopback) => {
    expect(isLoopbackEndpoint(endpoint)).toBe(loopback);
  });

  it("uses the fake test token only for a loopback endpoint override", () => {
    const base = { concurrency: 1, maxAttempts: 1 };
    expect(azureCredential({ ...base, azureEndpoint: "https://127.0.0.1:9999" })).toBe(EMULATOR_CREDENTIAL);
    expect(azureCredential({ ...base, azureEndpoint: "https://management.usgovcloudapi.net" })).not.toBe(
      EMULATOR_CREDENTIAL,
    );
    expect(azureCredential(base)).not.toBe(EMULATOR_CREDENTIAL);
  });
});
