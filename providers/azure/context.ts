import type { AzureScanOptions } from "./options.js";
import type { Inventory, InventoryRecord } from "../../src/model/inventory.js";
import type { ArmRestClient } from "./arm-rest.js";
import type { ArmConnection } from "./clients.js";
import type { AzureReader } from "./reader.js";
import type { AzureReplyReader } from "./replies.js";

/** What one subscription's collectors share: the reader (bounded, recorded, guarded calls) and the inventory. */
export interface AzureCollectContext {
  subscriptionId: string;
  options: AzureScanOptions;
  reader: AzureReader;
  /** Credential, endpoint and client options for constructing ARM SDK clients. */
  arm: ArmConnection;
  /** GETs for ARM APIs without an SDK client (diagnostic settings), through the same pipeline and guard. */
  rest: ArmRestClient;
  inventory: Inventory;
}

/** What a normalizer may read besides its own record. */
export interface AzureNormalizeContext {
  read: AzureReplyReader;
  inventory: Inventory;
}

/** A service collector: reads one subscription's resources of one service into inventory records. */
export type AzureServiceCollector = (ctx: AzureCollectContext) => Promise<void>;

/** "/subscriptions/S/resourceGroups/G/providers/…" → "G" (ARM ids are case-insensitive; keep the id's case). */
export function resourceGroupOf(id: string): string {
  const group = /\/resourceGroups\/([^/]+)/i.exec(id)?.[1];
  if (!group) throw new Error(`not an ARM resource id: ${id}`);
  return group;
}

/** An inventory record for an ARM resource. */
export function armRecord(
  ctx: AzureCollectContext,
  resource: { id?: string; name?: string; location?: string },
  service: string,
  resourceType: string,
  replies: Record<string, unknown>,
): InventoryRecord {
  return {
    provider: "azure",
    account: ctx.subscriptionId,
    region: resource.location ?? "global",
    service,
    resourceType,
    resourceId: resource.id ?? "",
    name: resource.name ?? "",
    replies,
  };
}
