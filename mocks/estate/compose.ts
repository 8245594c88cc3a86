// The full estate schema, composed from the fixed part and every emulated service's estate section, in the
// order of providers/aws/services.ts and providers/azure/services.ts.
import { z, type ZodType } from "zod";
import { AWS_SERVICES } from "../../providers/aws/services.js";
import { AZURE_SERVICES } from "../../providers/azure/services.js";
import type { ArmResourceType, EstateSection, ServiceEmulation } from "../types.js";
import { armResourceId } from "./azure-common.js";
import { fixedSubscriptionSchema, type AzureSubscription, type EstateResource } from "./azure.js";
import { faultsSchema, fixedAccountSchema, type Estate, type EstateInput } from "./schema.js";

async function sectionsOf(
  services: readonly { emulator?: () => Promise<ServiceEmulation> }[],
): Promise<EstateSection[]> {
  const emulations = await Promise.all(services.map((s) => s.emulator?.()));
  return emulations.flatMap((e) => (e?.estate ? [e.estate] : []));
}

const awsSections = await sectionsOf(AWS_SERVICES);
const azureSections = await sectionsOf(AZURE_SERVICES);

function shapeOf(sections: readonly EstateSection[]): Record<string, ZodType> {
  return Object.fromEntries(sections.map((s) => [s.key, s.schema]));
}

/** The Azure resource lists by estate key, from the sections that declare a resource type. */
export const ARM_RESOURCE_TYPES: ReadonlyMap<string, ArmResourceType> = new Map(
  azureSections.flatMap((s) => (s.resourceType ? [[s.key, s.resourceType] as const] : [])),
);

const accountSchema = z.strictObject({
  ...fixedAccountSchema.shape,
  ...shapeOf(awsSections.filter((s) => (s.scope ?? "account") === "account")),
});

const subscriptionSchema = z
  .strictObject({ ...fixedSubscriptionSchema.shape, ...shapeOf(azureSections) })
  .superRefine((subscription, ctx) => {
    // An `id` pasted from `az … show` must be the id the resource has here, or lookups would disagree.
    for (const [key, { type }] of ARM_RESOURCE_TYPES) {
      const resources = (subscription as AzureSubscription)[key] as EstateResource[];
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

const azureEstateSchema = z
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

const composed = z.strictObject({
  aws: z
    .strictObject({
      accounts: z.array(accountSchema).min(1, "at least one account is needed"),
      ...shapeOf(awsSections.filter((s) => s.scope === "aws")),
    })
    // Parsed like any input, so the default account gets every section's defaults too.
    .prefault({ accounts: [{ id: "111122223333" }] }),
  azure: azureEstateSchema,
  faults: faultsSchema.prefault({}),
});

/** Validates an estate; the sections' own types are restored by each section's `of()`. */
export const estateSchema: ZodType<Estate, EstateInput> = composed as ZodType<Estate, EstateInput>;
