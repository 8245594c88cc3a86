import type { Asset } from "../../src/model/asset.js";
import type { CollectionError, Inventory } from "../../src/model/inventory.js";
import type { AzureNormalizeContext } from "./context.js";
import { azureReplyReader } from "./replies.js";
import type { AzureNormalizer } from "./service.js";
import { AZURE_SERVICES } from "./services.js";

/** Resource type → normalizer, from every service manifest. */
const NORMALIZERS: Readonly<Record<string, AzureNormalizer>> = Object.assign(
  {},
  ...AZURE_SERVICES.map((service) => service.normalizers ?? {}),
);

/** Pure translation of Azure inventory records to assets; a record that cannot be translated is an error entry. */
export function normalizeAzure(inventory: Inventory): { assets: Asset[]; errors: CollectionError[] } {
  const ctx: AzureNormalizeContext = { read: azureReplyReader(inventory), inventory };
  const assets: Asset[] = [];
  const errors: CollectionError[] = [];
  for (const record of inventory.records) {
    if (record.provider !== "azure") continue;
    try {
      const normalized = NORMALIZERS[record.resourceType]?.(record, ctx);
      if (normalized) assets.push(...(Array.isArray(normalized) ? normalized : [normalized]));
    } catch (error) {
      errors.push({
        provider: "azure",
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
