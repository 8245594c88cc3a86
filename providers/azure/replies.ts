import { unknown, type Known } from "../../src/model/known.js";
import type { Inventory, InventoryRecord } from "../../src/model/inventory.js";

/** Reads a stored reply; an operation that was not read is Unknown, with the error that stopped it. */
export type AzureReplyReader = <T>(record: InventoryRecord, operation: string) => Known<T | null>;

/** Error entries name the resource by ARM id, which compares case-insensitively. */
export function azureReplyReader(inventory: Inventory): AzureReplyReader {
  const failures = new Map<string, string>();
  for (const error of inventory.errors) {
    if (error.provider !== "azure" || !error.resource) continue;
    failures.set(
      key(error.account, error.resource, error.operation),
      `${error.operation} failed: ${error.code}`,
    );
  }
  return <T>(record: InventoryRecord, operation: string): Known<T | null> => {
    if (Object.prototype.hasOwnProperty.call(record.replies, operation))
      return (record.replies[operation] ?? null) as T | null;
    return unknown(
      failures.get(key(record.account, record.resourceId, operation)) ?? `${operation} was not read`,
    );
  };
}

function key(account: string, resource: string, operation: string): string {
  return `${account.toLowerCase()}|${resource.toLowerCase()}|${operation}`;
}
