import type { Asset } from "../../src/model/asset.js";
import type { CollectionError, Inventory, InventoryRecord } from "../../src/model/inventory.js";
import { azureReplyReader, type AzureReplyReader } from "./replies.js";
import { SEARCH_SERVICE_TYPE } from "./search/collect.js";
import { normalizeSearchService } from "./search/normalize.js";
import { STORAGE_ACCOUNT_TYPE } from "./storage/collect.js";
import { normalizeStorageAccount } from "./storage/normalize.js";
import { DEFENDER_RECORD_TYPE } from "./defender/names.js";
import { normalizeDefender } from "./defender/normalize.js";
import { withEnumerationGaps } from "../../src/model/assets/threat-detection-gaps.js";
import { COGNITIVE_ACCOUNT_TYPE } from "./cognitive/collect.js";
import { normalizeCognitiveAccount } from "./cognitive/normalize.js";
import {
  ML_COMPUTE_INSTANCE_TYPE,
  ML_ONLINE_ENDPOINT_TYPE,
  ML_WORKSPACE_TYPE,
} from "./machinelearning/collect.js";
import {
  normalizeComputeInstance,
  normalizeMlWorkspace,
  normalizeOnlineEndpoint,
} from "./machinelearning/normalize.js";

/** What a normalizer may read besides its own record. */
export interface AzureNormalizeContext {
  read: AzureReplyReader;
  inventory: Inventory;
}

type Normalizer = (record: InventoryRecord, ctx: AzureNormalizeContext) => Asset | Asset[] | undefined;

/** One entry per resource type; a new Azure service adds its normalizer here. */
const NORMALIZERS: Record<string, Normalizer> = {
  [STORAGE_ACCOUNT_TYPE]: (record, ctx) => normalizeStorageAccount(record, ctx.read),
  [SEARCH_SERVICE_TYPE]: (record, ctx) => normalizeSearchService(record, ctx.read),
  [DEFENDER_RECORD_TYPE]: (record, ctx) =>
    withEnumerationGaps(normalizeDefender(record, ctx.read), ctx.inventory),
  [COGNITIVE_ACCOUNT_TYPE]: (record, ctx) => normalizeCognitiveAccount(record, ctx.read),
  [ML_WORKSPACE_TYPE]: (record) => normalizeMlWorkspace(record),
  [ML_ONLINE_ENDPOINT_TYPE]: (record, ctx) => normalizeOnlineEndpoint(record, ctx.read),
  [ML_COMPUTE_INSTANCE_TYPE]: (record) => normalizeComputeInstance(record),
};

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
