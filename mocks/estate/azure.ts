// The Azure half of the estate's fixed part: subscriptions as GET /subscriptions returns them. Each Azure
// service adds its resources as a section (providers/azure/<service>/emulator/estate.ts); compose.ts builds the
// full schema from them.
import { z } from "zod";
import { armResourceId, GUID, tagsSchema } from "./azure-common.js";
import type { ArmResourceType, Sections } from "./sections.js";

const fixedSubscriptionShape = {
  subscriptionId: z.string().regex(GUID, "expected a subscription id (a GUID)"),
  displayName: z.string().default("aiposture subscription"),
  state: z.enum(["Enabled", "Warned", "PastDue", "Disabled", "Deleted"]).default("Enabled"),
  tenantId: z
    .string()
    .regex(GUID, "expected a tenant id (a GUID)")
    .default("72f988bf-0000-4000-8000-00000000a1a1"),
  tags: tagsSchema,
};

export const fixedSubscriptionSchema = z.strictObject(fixedSubscriptionShape);

export type AzureSubscription = z.output<typeof fixedSubscriptionSchema> & Sections;
export type AzureSubscriptionInput = z.input<typeof fixedSubscriptionSchema> & Sections;
export interface AzureEstate {
  subscriptions: AzureSubscription[];
}
export interface AzureEstateInput {
  subscriptions?: AzureSubscriptionInput[];
}

export interface EstateResource {
  name: string;
  resourceGroup: string;
  id?: unknown;
  diagnosticSettings?: unknown[];
}

/** Every resource of a subscription with its ARM id, whatever service it belongs to. */
export function resourcesOf(subscription: AzureSubscription, types: ReadonlyMap<string, ArmResourceType>) {
  return [...types].flatMap(([key, meta]) =>
    ((subscription[key] ?? []) as EstateResource[]).map((resource) => ({
      key,
      ...meta,
      resource,
      id: armResourceId(subscription.subscriptionId, resource.resourceGroup, meta.type, resource.name),
    })),
  );
}
