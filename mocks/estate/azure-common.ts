// Shared pieces of the Azure estate: resources are written as `az … show` prints them (flattened, the CLI's
// camelCase names), or as ARM JSON with a `properties` object (what `az rest` or the portal's JSON view shows).
// Both are folded into the CLI shape here; the emulator turns that back into ARM wire JSON.
import { z } from "zod";

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const tagsSchema = z
  .record(z.string(), z.string())
  .nullable()
  .transform((v) => v ?? {})
  .default({});

/** Fields the CLI prints that the emulator passes through untouched (typed loosely, but typos are still errors). */
export function passThrough<const N extends readonly string[]>(names: N) {
  return Object.fromEntries(names.map((name) => [name, z.unknown().optional()])) as {
    [K in N[number]]: z.ZodOptional<z.ZodUnknown>;
  };
}

/**
 * Accepts ARM JSON too: lifts `properties` to the top level, renaming wire names to the CLI's names, and takes
 * the resource group from `id` when `resourceGroup` is absent (ARM JSON has no resourceGroup field).
 */
export function fromArmJson(renames: Record<string, string> = {}) {
  return (input: unknown): unknown => {
    if (!input || typeof input !== "object" || Array.isArray(input)) return input;
    const { properties, ...rest } = input as Record<string, unknown>;
    const out: Record<string, unknown> = { ...rest };
    if (properties && typeof properties === "object" && !Array.isArray(properties)) {
      for (const [key, value] of Object.entries(properties)) out[renames[key] ?? key] = value;
    }
    if (out.resourceGroup === undefined && typeof out.id === "string") {
      const group = /\/resourceGroups\/([^/]+)/i.exec(out.id)?.[1];
      if (group) out.resourceGroup = group;
    }
    return out;
  };
}

/** The ARM id a resource in the estate has. */
export function armResourceId(
  subscriptionId: string,
  resourceGroup: string,
  type: string,
  name: string,
): string {
  return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/${type}/${name}`;
}

export const resourceGroupSchema = z
  .string()
  .regex(/^[-\w.()]{1,90}$/, "expected a resource group name")
  .default("ai-rg");

// Diagnostic settings as `az monitor diagnostic-settings list --resource <id>` prints them: any resource can carry them.
const logSetting = z.strictObject({
  category: z.string().nullable().optional(),
  categoryGroup: z.string().nullable().optional(),
  enabled: z.boolean(),
  retentionPolicy: z.unknown().optional(),
});

export const diagnosticSettingSchema = z.preprocess(
  fromArmJson(),
  z.strictObject({
    name: z.string(),
    workspaceId: z.string().nullable().optional(),
    storageAccountId: z.string().nullable().optional(),
    eventHubAuthorizationRuleId: z.string().nullable().optional(),
    eventHubName: z.string().nullable().optional(),
    marketplacePartnerId: z.string().nullable().optional(),
    logs: z.array(logSetting).default([]),
    metrics: z.array(z.record(z.string(), z.unknown())).default([]),
    ...passThrough(["id", "type", "resourceGroup", "logAnalyticsDestinationType", "serviceBusRuleId"]),
  }),
);

export type AzureDiagnosticSetting = z.output<typeof diagnosticSettingSchema>;
