// Tests state collection options as one object (shared and provider-own fields together); this splits them the
// way the CLI does (shared options, and each provider's own, validated by its schema) and collects.
import type { AnyProviderAdapter, CollectOptions } from "../../src/engine/provider.js";
import { collectAll } from "../../src/engine/scan.js";
import type { Inventory } from "../../src/model/inventory.js";

export type MergedOptions = CollectOptions & Record<string, unknown>;

export async function collectWith(
  adapters: readonly AnyProviderAdapter[],
  merged: MergedOptions,
): Promise<Inventory> {
  const { concurrency, maxAttempts, regions, onProgress, ...own } = merged;
  const common: CollectOptions = {
    concurrency,
    maxAttempts,
    ...(regions ? { regions } : {}),
    ...(onProgress ? { onProgress } : {}),
  };
  const perProvider = Object.fromEntries(
    adapters.map((adapter) => {
      const keys = Object.keys((adapter.options as unknown as { shape: Record<string, unknown> }).shape);
      return [adapter.id, Object.fromEntries(Object.entries(own).filter(([key]) => keys.includes(key)))];
    }),
  );
  return collectAll(adapters, common, perProvider);
}
