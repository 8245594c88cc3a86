import { forEachBounded } from "../../../src/engine/resource-pool.js";
import type { AwsCollectContext } from "../context.js";
import type { ReadScope, SendsCommands } from "../reader.js";
import { listAll } from "./list.js";

/** What a listed item's own reads add to its record, and the resource id they name when they tell it. */
export interface ItemReads {
  replies: Record<string, unknown>;
  resourceId?: string | undefined;
}

/** How a listed item is known: the identifier its own reads take, its record's name and resource id. */
export interface ItemIdentity {
  id: string;
  name: string;
  resourceId: string;
}

/** One kind of Bedrock resource: how it is listed, how an item is named, and what is read per item. */
export interface ListedKind<T> {
  /** The reader's client name, also the service of each record. */
  clientName: string;
  client: SendsCommands;
  resourceType: string;
  /** The list operation, under whose name each item's summary is kept in its record. */
  listing: string;
  page: (nextToken: string | undefined) => object;
  items: (page: Record<string, unknown>) => T[] | undefined;
  /** The item's identity; undefined skips an item the listing did not fully identify. */
  identify: (summary: T) => ItemIdentity | undefined;
  /** The item's own reads (get, tags, key), concurrently where independent; `at` names the item. */
  read: (summary: T, at: ReadScope, identity: ItemIdentity) => Promise<ItemReads>;
}

/**
 * Lists a kind to the end, then reads each item under the scan's concurrency bound and records it. Returns the
 * listing, undefined when it could not be read whole (its failure is already an error entry).
 */
export async function listThenRead<T>(
  ctx: AwsCollectContext,
  kind: ListedKind<T>,
  scope: ReadScope,
): Promise<T[] | undefined> {
  const listed = await listAll<T>(ctx, kind.clientName, kind.client, kind.page, kind.items, scope);
  await forEachBounded(listed ?? [], ctx.options.concurrency, async (summary) => {
    const identity = kind.identify(summary);
    if (!identity) return;
    const at = { region: scope.region, resource: identity.name };
    const { replies, resourceId } = await kind.read(summary, at, identity);
    ctx.inventory.records.push({
      provider: "aws",
      account: ctx.account,
      region: scope.region,
      service: kind.clientName,
      resourceType: kind.resourceType,
      resourceId: resourceId ?? identity.resourceId,
      name: identity.name,
      replies: { [kind.listing]: summary, ...replies },
    });
  });
  return listed;
}
