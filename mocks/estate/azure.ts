// The Azure half of the estate: subscriptions (as GET /subscriptions returns them) holding resources written as
// `az … show` prints them. A new Azure service adds one schema file and one line in subscriptionSchema.
import { z } from "zod";
import { armResourceId, GUID, tagsSchema } from "./azure-common.js";
import { searchServiceSchema } from "../../providers/azure/search/emulator/estate.js";
import { defenderSchema } from "../../providers/azure/defender/emulator/estate.js";
import { storageAccountSchema } from "../../providers/azure/storage/emulator/estate.js";
import { cognitiveAccountSchema } from "../../providers/azure/cognitive/emulator/estate.js";
import { mlWorkspaceSchema } from "../../providers/azure/machinelearning/emulator/estate.js";

/**
 * Resource lists of a subscription, by estate key: the ARM type their ids carry, and where their
 * `diagnosticSettings` live relative to the resource id (a storage account's blob logs are set on
 * blobServices/default).
 */
export const AZURE_RESOURCE_TYPES = {
  storageAccounts: { type: "Microsoft.Storage/storageAccounts", diagnosticsAt: "/blobServices/default" },
  searchServices: { type: "Microsoft.Search/searchServices", diagnosticsAt: "" },
  cognitiveAccounts: { type: "Microsoft.CognitiveServices/accounts", diagnosticsAt: "" },
  mlWorkspaces: { type: "Microsoft.MachineLearningServices/workspaces", diagnosticsAt: "" },
} as const;

export type AzureResourceKey = keyof typeof AZURE_RESOURCE_TYPES;

export interface EstateResource {
  name: string;
  resourceGroup: string;
  id?: unknown;
  diagnosticSettings?: unknown[];
}

/** Every resource of a subscription with its ARM id, whatever service it belongs to. */
export function resourcesOf(subscription: AzureSubscription) {
  return Object.entries(AZURE_RESOURCE_TYPES).flatMap(([key, meta]) =>
    (subscription[key as AzureResourceKey] as EstateResource[]).map((resource) => ({
      key: key as AzureResourceKey,
      ...meta,
      resource,
      id: armResourceId(subscription.subscriptionId, resource.resourceGroup, meta.type, resource.name),
    })),
  );
}

export const subscriptionSchema = z
  .strictObject({
    subscriptionId: z.string().regex(GUID, "expected a subscription id (a GUID)"),
    displayName: z.string().default("aiposture subscription"),
    state: z.enum(["Enabled", "Warned", "PastDue", "Disabled", "Deleted"]).default("Enabled"),
    tenantId: z
      .string()
      .regex(GUID, "expected a tenant id (a GUID)")
      .default("72f988bf-0000-4000-8000-00000000a1a1"),
    tags: tagsSchema,
    storageAccounts: z.array(storageAccountSchema).default([]),
    searchServices: z.array(searchServiceSchema).default([]),
    cognitiveAccounts: z.array(cognitiveAccountSchema).default([]),
    mlWorkspaces: z.array(mlWorkspaceSchema).default([]),
    /** Defender for Cloud plans, alerts and assessments (mocks/estate/azure-security.ts). */
    defender: defenderSchema,
  })
  .superRefine((subscription, ctx) => {
    // An `id` pasted from `az … show` must be the id the resource has here, or lookups would disagree.
    for (const [key, { type }] of Object.entries(AZURE_RESOURCE_TYPES)) {
      const resources = subscription[key as AzureResourceKey] as EstateResource[];
      const seen = new Set<string>();
      resources.forEach((resource, index) => {
        const expected = armResourceId(
          subscription.subscriptionId,
          resource.resourceGroup,
          type,
          resource.name,
        );
        if (typeof resource.id === "string" && resource.id.toLowerCase() !== expected.toLowerCase()) {
          ctx.addIssue({
            code: "custom",
            path: [key, index, "id"],
            message: `expected ${expected} (subscriptionId, resourceGroup and name disagree with id)`,
          });
        }
        if (seen.has(resource.name.toLowerCase()))
          ctx.addIssue({
            code: "custom",
            path: [key, index, "name"],
            message: `duplicate name ${resource.name}`,
          });
        seen.add(resource.name.toLowerCase());
      });
    }
  });

export const azureEstateSchema = z
  .strictObject({ subscriptions: z.array(subscriptionSchema).default([]) })
  .superRefine((azure, ctx) => {
    const seen = new Set<string>();
    azure.subscriptions.forEach((s, index) => {
      if (seen.has(s.subscriptionId.toLowerCase()))
        ctx.addIssue({
          code: "custom",
          path: ["subscriptions", index, "subscriptionId"],
          message: `duplicate subscription ${s.subscriptionId}`,
        });
      seen.add(s.subscriptionId.toLowerCase());
    });
  })
  .default({ subscriptions: [] });

export type AzureEstate = z.output<typeof azureEstateSchema>;
export type AzureSubscription = z.output<typeof subscriptionSchema>;
