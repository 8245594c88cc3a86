// Azure OpenAI / AI Services accounts as `az cognitiveservices account show` prints them (ARM JSON with
// `properties`, which is folded to the top level here; the flattened form is accepted too), plus `deployments`
// as `az cognitiveservices account deployment list` prints them, `raiPolicies` (content filters) as
// `… account rai-policy list` prints them, and `diagnosticSettings` (`az monitor diagnostic-settings list`).
import { z } from "zod";
import { estateSection } from "../../../../mocks/estate/section.js";
import {
  diagnosticSettingSchema,
  fromArmJson,
  passThrough,
  resourceGroupSchema,
  tagsSchema,
} from "../../../../mocks/estate/azure-common.js";

const privateEndpointConnection = z.preprocess(
  fromArmJson(),
  z.strictObject({
    privateEndpoint: z.strictObject({ id: z.string() }).nullable().optional(),
    privateLinkServiceConnectionState: z
      .strictObject({
        status: z.enum(["Pending", "Approved", "Rejected", "Disconnected"]),
        description: z.string().nullable().optional(),
        actionsRequired: z.string().nullable().optional(),
      })
      .optional(),
    ...passThrough([
      "id",
      "name",
      "type",
      "resourceGroup",
      "groupIds",
      "provisioningState",
      "etag",
      "location",
    ]),
  }),
);

const deploymentSchema = z.preprocess(
  fromArmJson(),
  z.strictObject({
    name: z.string().min(1),
    model: z
      .strictObject({
        format: z.string().default("OpenAI"),
        name: z.string(),
        version: z.string().optional(),
        ...passThrough(["source", "publisher", "callRateLimit"]),
      })
      .optional(),
    /** The content filter (RAI policy) the deployment applies; absent means none is named. */
    raiPolicyName: z.string().nullable().optional(),
    sku: z.strictObject({ name: z.string(), capacity: z.number().int().optional() }).optional(),
    ...passThrough([
      "id",
      "type",
      "resourceGroup",
      "systemData",
      "etag",
      "tags",
      "provisioningState",
      "capabilities",
      "rateLimits",
      "versionUpgradeOption",
      "currentCapacity",
      "callRateLimit",
      "scaleSettings",
    ]),
  }),
);

const contentFilterSchema = z.strictObject({
  name: z.string(),
  enabled: z.boolean(),
  blocking: z.boolean(),
  source: z.enum(["Prompt", "Completion"]),
  severityThreshold: z.enum(["Low", "Medium", "High"]).optional(),
});

/** A content filter as `az cognitiveservices account rai-policy list` prints it (properties folded or not). */
const raiPolicySchema = z.preprocess(
  fromArmJson(),
  z.strictObject({
    name: z.string().min(1),
    mode: z.enum(["Default", "Deferred", "Blocking", "Asynchronous_filter"]).default("Default"),
    basePolicyName: z.string().optional(),
    contentFilters: z.array(contentFilterSchema).default([]),
    ...passThrough(["id", "type", "etag", "tags", "systemData", "customBlocklists", "customTopics"]),
  }),
);

export const cognitiveAccountSchema = z.preprocess(
  fromArmJson(),
  z.strictObject({
    name: z
      .string()
      .regex(/^[a-zA-Z0-9][a-zA-Z0-9-]{1,62}$/, "account names are 2-64 letters, digits, dashes"),
    resourceGroup: resourceGroupSchema,
    location: z.string().default("eastus"),
    kind: z.string().default("OpenAI"),
    sku: z.strictObject({ name: z.string() }).default({ name: "S0" }),
    tags: tagsSchema,
    customSubDomainName: z.string().nullable().optional(),
    endpoint: z.string().nullable().optional(),
    publicNetworkAccess: z.enum(["Enabled", "Disabled"]).nullable().optional(),
    networkAcls: z
      .strictObject({
        defaultAction: z.enum(["Allow", "Deny"]),
        ipRules: z.array(z.strictObject({ value: z.string() })).default([]),
        virtualNetworkRules: z
          .array(
            z.strictObject({ id: z.string(), ...passThrough(["state", "ignoreMissingVnetServiceEndpoint"]) }),
          )
          .default([]),
        bypass: z.enum(["None", "AzureServices"]).nullable().optional(),
      })
      .nullable()
      .optional(),
    disableLocalAuth: z.boolean().nullable().optional(),
    encryption: z
      .strictObject({
        keySource: z.enum(["Microsoft.CognitiveServices", "Microsoft.KeyVault"]),
        keyVaultProperties: z
          .strictObject({
            keyName: z.string().optional(),
            keyVersion: z.string().optional(),
            keyVaultUri: z.string().optional(),
            identityClientId: z.string().optional(),
          })
          .nullable()
          .optional(),
      })
      .nullable()
      .optional(),
    privateEndpointConnections: z.array(privateEndpointConnection).default([]),
    deployments: z.array(deploymentSchema).default([]),
    raiPolicies: z.array(raiPolicySchema).default([]),
    diagnosticSettings: z.array(diagnosticSettingSchema).default([]),
    ...passThrough([
      "id",
      "type",
      "etag",
      "identity",
      "systemData",
      "provisioningState",
      "endpoints",
      "capabilities",
      "internalId",
      "dateCreated",
      "callRateLimit",
      "quotaLimit",
      "restrictOutboundNetworkAccess",
      "allowedFqdnList",
      "isMigrated",
      "skuChangeInfo",
      "restore",
      "dynamicThrottlingEnabled",
      "allowProjectManagement",
      "associatedProjects",
      "defaultProject",
      "networkInjections",
      "apiProperties",
      "userOwnedStorage",
      "amlWorkspace",
      "raiMonitorConfig",
      "storedCompletionsDisabled",
      "locations",
      "migrationToken",
      "commitmentPlanAssociations",
      "abusePenalty",
    ]),
  }),
);

export type AzureCognitiveAccount = z.output<typeof cognitiveAccountSchema>;

export const cognitiveEstate = estateSection(
  "cognitiveAccounts",
  z.array(cognitiveAccountSchema).default([]),
  {
    resourceType: { type: "Microsoft.CognitiveServices/accounts", diagnosticsAt: "" },
  },
);
