// Azure AI Search services as `az search service show` prints them (or as ARM JSON with `properties`), plus
// `diagnosticSettings` as `az monitor diagnostic-settings list --resource <service id>` prints them.
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
    ...passThrough(["id", "name", "type", "resourceGroup", "groupId", "provisioningState"]),
  }),
);

// As `az search shared-private-link-resource list` prints them (or as ARM JSON with `properties`).
const sharedPrivateLinkResource = z.preprocess(
  fromArmJson(),
  z.strictObject({
    name: z.string(),
    privateLinkResourceId: z.string(),
    groupId: z.string(),
    status: z.enum(["Pending", "Approved", "Rejected", "Disconnected"]).default("Pending"),
    provisioningState: z
      .enum(["Updating", "Deleting", "Failed", "Succeeded", "Incomplete"])
      .default("Succeeded"),
    ...passThrough(["id", "type", "resourceGroup", "requestMessage", "resourceRegion"]),
  }),
);

export const searchServiceSchema = z.preprocess(
  fromArmJson(),
  z.strictObject({
    name: z
      .string()
      .regex(
        /^[a-z0-9](?!.*--)[a-z0-9-]{0,58}[a-z0-9]$/,
        "search service names are 2-60 lowercase letters, digits, dashes",
      ),
    resourceGroup: resourceGroupSchema,
    location: z.string().default("eastus"),
    sku: z
      .strictObject({
        name: z.enum([
          "free",
          "basic",
          "standard",
          "standard2",
          "standard3",
          "storage_optimized_l1",
          "storage_optimized_l2",
        ]),
      })
      .default({ name: "basic" }),
    tags: tagsSchema,
    /** The search API spells these lower-case ("enabled"); the CLI prints what ARM returns. */
    publicNetworkAccess: z
      .enum(["enabled", "disabled", "securedByPerimeter", "Enabled", "Disabled"])
      .default("enabled"),
    networkRuleSet: z
      .strictObject({
        ipRules: z.array(z.strictObject({ value: z.string() })).default([]),
        bypass: z.enum(["None", "AzureServices", "AzurePortal"]).nullable().optional(),
      })
      .default({ ipRules: [] }),
    disableLocalAuth: z.boolean().nullable().default(false),
    authOptions: z
      .strictObject({
        apiKeyOnly: z.record(z.string(), z.unknown()).nullable().optional(),
        aadOrApiKey: z
          .strictObject({ aadAuthFailureMode: z.enum(["http403", "http401WithBearerChallenge"]).optional() })
          .nullable()
          .optional(),
      })
      .nullable()
      .optional(),
    encryptionWithCmk: z
      .strictObject({
        enforcement: z.enum(["Disabled", "Enabled", "Unspecified"]).default("Unspecified"),
        encryptionComplianceStatus: z.enum(["Compliant", "NonCompliant"]).default("Compliant"),
      })
      .default({ enforcement: "Unspecified", encryptionComplianceStatus: "Compliant" }),
    privateEndpointConnections: z.array(privateEndpointConnection).default([]),
    sharedPrivateLinkResources: z.array(sharedPrivateLinkResource).default([]),
    diagnosticSettings: z.array(diagnosticSettingSchema).default([]),
    ...passThrough([
      "id",
      "type",
      "identity",
      "systemData",
      "replicaCount",
      "partitionCount",
      "endpoint",
      "hostingMode",
      "computeType",
      "status",
      "statusDetails",
      "provisioningState",
      "dataExfiltrationProtections",
      "semanticSearch",
      "eTag",
      "upgradeAvailable",
      "serviceUpgradedAt",
    ]),
  }),
);

export type AzureSearchService = z.output<typeof searchServiceSchema>;

export const searchEstate = estateSection("searchServices", z.array(searchServiceSchema).default([]), {
  resourceType: { type: "Microsoft.Search/searchServices", diagnosticsAt: "" },
});
