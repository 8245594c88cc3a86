import type { CollectionError } from "../../../src/model/inventory.js";
import type { ReadResult } from "../reader.js";

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Reads ids in batches (DescribeDomains takes 5, BatchGetCollection 100). IAM authorizes a batch call against
 * every resource in it, so one denied domain fails the whole batch: a failed batch is retried one id at a time,
 * so only the resource that really cannot be read becomes unknown. The batch's own error entry is dropped
 * then, because the single reads record the gaps that remain.
 */
export async function readInBatches<T>(
  ids: readonly string[],
  size: number,
  read: (batch: string[]) => Promise<ReadResult<T>>,
  errors: CollectionError[],
  scope: { region: string; operation: string; resource: (batch: string[]) => string },
): Promise<T[]> {
  const replies: T[] = [];
  await Promise.all(
    chunk(ids, size).map(async (batch) => {
      const result = await read(batch);
      if (result.ok) {
        if (result.value) replies.push(result.value);
        return;
      }
      if (batch.length === 1) return;
      const resource = scope.resource(batch);
      const index = errors.findIndex(
        (e) =>
          e.region === scope.region &&
          e.operation === scope.operation &&
          e.resource === resource &&
          e.code === result.code,
      );
      if (index >= 0) errors.splice(index, 1);
      const singles = await Promise.all(batch.map((id) => read([id])));
      for (const single of singles) if (single.ok && single.value) replies.push(single.value);
    }),
  );
  return replies;
}
