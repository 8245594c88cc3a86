import type { Asset } from "../../src/model/asset.js";
import type { CollectionError, Inventory, InventoryRecord } from "../../src/model/inventory.js";
import { unknown, type Known } from "../../src/model/known.js";
import { ACCOUNT_BPA_REPLY, normalizeAccount } from "./account/normalize.js";
import { replyReader, type ReplyReader } from "./replies.js";
import type { BpaConfig } from "./s3/block-public-access.js";
import { normalizeBucket } from "./s3/normalize.js";

/** Pure translation of AWS inventory records to assets; a record that cannot be translated is an error entry. */
export function normalizeAws(inventory: Inventory): { assets: Asset[]; errors: CollectionError[] } {
  const read = replyReader(inventory);
  const records = inventory.records.filter((r) => r.provider === "aws");
  const accountBpa = new Map<string, Known<BpaConfig | null>>();
  for (const record of records) {
    if (record.resourceType === "aws.account")
      accountBpa.set(record.account, read<BpaConfig>(record, ACCOUNT_BPA_REPLY));
  }
  const assets: Asset[] = [];
  const errors: CollectionError[] = [];
  for (const record of records) {
    try {
      const asset = normalizeRecord(record, read, accountBpa);
      if (asset) assets.push(asset);
    } catch (error) {
      errors.push({
        provider: "aws",
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

function normalizeRecord(
  record: InventoryRecord,
  read: ReplyReader,
  accountBpa: Map<string, Known<BpaConfig | null>>,
): Asset | undefined {
  switch (record.resourceType) {
    case "aws.account":
      return normalizeAccount(record, read);
    case "aws.s3.bucket":
      // A null value (no account configuration) is an answer; only a missing entry is unknown.
      return normalizeBucket(
        record,
        read,
        accountBpa.has(record.account)
          ? accountBpa.get(record.account)!
          : unknown("account-level Block Public Access was not read"),
      );
    default:
      return undefined;
  }
}
