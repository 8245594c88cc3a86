// The RuleTester idea for verdicts decided in a normalizer (exposure, key ownership): a table row starts from a
// raw inventory record, as the collector stores the provider's replies, and goes through the provider's own
// normalize before the check evaluates it. The row then tests the deciding logic where it lives.
import { awsProvider } from "../../providers/aws/index.js";
import type { ProviderAdapter } from "../../src/engine/provider.js";
import type { Asset } from "../../src/model/asset.js";
import { normalizeResourceId } from "../../src/model/graph.js";
import { emptyInventory, type Inventory, type InventoryRecord } from "../../src/model/inventory.js";
import { IN_ACCOUNT_WITHOUT_BPA, s3BucketRecord } from "./raw-records.js";

export interface FromRecordOptions {
  /** Records read alongside (e.g. the account's Block Public Access). */
  others?: InventoryRecord[];
  /** Failed reads, as the collector records them: they make the normalized value unknown. */
  errors?: Inventory["errors"];
}

/** Normalizes one record with the provider's normalize and returns its asset; a normalize error fails the test. */
export function fromRecord(
  provider: Pick<ProviderAdapter, "normalize">,
  record: InventoryRecord,
  options: FromRecordOptions = {},
): Asset {
  const inventory: Inventory = {
    ...emptyInventory(),
    records: [record, ...(options.others ?? [])],
    errors: options.errors ?? [],
  };
  const { assets, errors } = provider.normalize(inventory);
  if (errors.length > 0) throw new Error(`normalize failed: ${JSON.stringify(errors)}`);
  const id = normalizeResourceId(record.resourceId);
  const asset = assets.find((a) => normalizeResourceId(a.id) === id);
  if (!asset) throw new Error(`normalize produced no asset for ${record.resourceId}`);
  return asset;
}

/** An S3 bucket from its raw replies (see s3BucketRecord), in an account with no account-level Block Public Access. */
export function fromS3Bucket(replies: Record<string, unknown> = {}): Asset {
  return fromRecord(awsProvider, s3BucketRecord(replies), IN_ACCOUNT_WITHOUT_BPA);
}
