import { unknown, type Known } from "../../src/model/known.js";
import type { Inventory, InventoryRecord } from "../../src/model/inventory.js";

/** Reads a stored reply; an operation that was not read is Unknown, with the error that stopped it. */
export type ReplyReader = <T>(record: InventoryRecord, operation: string) => Known<T | null>;

export function replyReader(inventory: Inventory): ReplyReader {
  const failures = new Map<string, string>();
  for (const error of inventory.errors) {
    if (error.provider !== "aws" || !error.resource) continue;
    failures.set(
      `${error.account}|${error.resource}|${error.operation}`,
      `${error.operation} failed: ${error.code}`,
    );
  }
  return <T>(record: InventoryRecord, operation: string): Known<T | null> => {
    if (Object.prototype.hasOwnProperty.call(record.replies, operation)) {
      return (record.replies[operation] ?? null) as T | null;
    }
    const bare = operation.includes(":") ? operation.split(":").pop()! : operation;
    const why = failures.get(`${record.account}|${record.name}|${bare}`) ?? `${bare} was not read`;
    return unknown(why);
  };
}

export interface AwsTag {
  Key?: string;
  Value?: string;
}

export function tagsToRecord(tags: AwsTag[] | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const tag of tags ?? []) if (tag.Key !== undefined) out[tag.Key] = tag.Value ?? "";
  return out;
}
