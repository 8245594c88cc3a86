import type { Asset } from "../model/asset.js";
import type { CollectionError, InventoryRecord, ProviderId } from "../model/inventory.js";

export type RecordNormalizer<Ctx> = (record: InventoryRecord, ctx: Ctx) => Asset | Asset[] | undefined;

/**
 * Translates one provider's records with the normalizer of each record's type. A record that cannot be
 * translated (a reply in an unexpected shape) becomes an error entry naming it, and the others go on.
 */
export function normalizeRecords<Ctx>(
  provider: ProviderId,
  records: readonly InventoryRecord[],
  normalizers: Readonly<Record<string, RecordNormalizer<Ctx>>>,
  ctx: Ctx,
): { assets: Asset[]; errors: CollectionError[] } {
  const assets: Asset[] = [];
  const errors: CollectionError[] = [];
  for (const record of records) {
    if (record.provider !== provider) continue;
    try {
      const normalized = normalizers[record.resourceType]?.(record, ctx);
      if (normalized) assets.push(...(Array.isArray(normalized) ? normalized : [normalized]));
    } catch (error) {
      errors.push({
        provider,
        account: record.account,
        region: record.region,
        service: record.service,
        operation: "normalize",
        resource: record.resourceId,
        code: "MalformedInventoryRecord",
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return { assets, errors };
}
