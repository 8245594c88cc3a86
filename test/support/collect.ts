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
  const ownKeys = (adapter: AnyProviderAdapter) =>
    Object.keys((adapter.options as unknown as { shape: Record<string, unknown> }).shape);
  const providerKeys = new Set(adapters.flatMap(ownKeys));
  const entries = Object.entries(merged);
  const common = Object.fromEntries(
    entries.filter(([key]) => !providerKeys.has(key)),
  ) as unknown as CollectOptions;
  const perProvider = Object.fromEntries(
    adapters.map((adapter) => [
      adapter.id,
      Object.fromEntries(entries.filter(([key]) => ownKeys(adapter).includes(key))),
    ]),
  );
  return collectAll(adapters, common, perProvider);
}
