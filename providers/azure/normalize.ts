import type { Asset } from "../../src/model/asset.js";
import type { CollectionError, Inventory } from "../../src/model/inventory.js";
import { normalizeRecords } from "../../src/engine/normalize-records.js";
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
  return normalizeRecords("azure", inventory.records, NORMALIZERS, ctx);
}
