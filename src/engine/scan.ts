import type { AnyCheck } from "../model/check.js";
import type { Report } from "../model/finding.js";
import { mergeInventories, emptyInventory, type Inventory } from "../model/inventory.js";
import type { Asset } from "../model/asset.js";
import { evaluateAssets } from "./evaluate.js";
import type { CollectOptions, ProviderAdapter } from "./provider.js";
import { buildReport } from "./report.js";

/** Collects from every adapter. An adapter that fails outright becomes an error entry; the others go on. */
export async function collectAll(
  adapters: readonly ProviderAdapter[],
  options: CollectOptions,
): Promise<Inventory> {
  const parts = await Promise.all(
    adapters.map(async (adapter) => {
      try {
        return await adapter.collect(options);
      } catch (error) {
        const inventory = emptyInventory();
        inventory.errors.push({
          provider: adapter.id,
          account: "unknown",
          service: "*",
          operation: "collect",
          code: error instanceof Error ? error.name : "Error",
          message: error instanceof Error ? error.message : String(error),
        });
        return inventory;
      }
    }),
  );
  return mergeInventories(parts);
}

export function normalizeAll(
  inventory: Inventory,
  adapters: readonly ProviderAdapter[],
): { assets: Asset[]; errors: Inventory["errors"] } {
  const assets: Asset[] = [];
  const errors: Inventory["errors"] = [];
  for (const adapter of adapters) {
    const part = adapter.normalize(inventory);
    assets.push(...part.assets);
    errors.push(...part.errors);
  }
  return { assets, errors };
}

/** Evaluation half of a scan: pure over an inventory, so --from-inventory gives the same report. */
export function assess(
  inventory: Inventory,
  adapters: readonly ProviderAdapter[],
  checks: readonly AnyCheck[],
  startedAt: string,
  version: string,
): { report: Report; assets: Asset[] } {
  const { assets, errors } = normalizeAll(inventory, adapters);
  const findings = evaluateAssets(assets, checks);
  const report = buildReport({
    version,
    startedAt,
    scopes: inventory.scopes,
    findings,
    errors: [...inventory.errors, ...errors],
    assetCount: assets.length,
  });
  return { report, assets };
}
