import type { Asset } from "../../src/model/asset.js";
import type { CollectionError, Inventory } from "../../src/model/inventory.js";
import { unknown, type Known } from "../../src/model/known.js";
import { normalizeRecords } from "../../src/engine/normalize-records.js";
import { ACCOUNT_BPA_REPLY } from "./account/normalize.js";
import type { AwsNormalizeContext } from "./context.js";
import { replyReader } from "./replies.js";
import type { BpaConfig } from "./s3/block-public-access.js";
import type { AwsNormalizer } from "./service.js";
import { AWS_SERVICES } from "./services.js";

/** Resource type → normalizer, from every service manifest. */
const NORMALIZERS: Readonly<Record<string, AwsNormalizer>> = Object.assign(
  {},
  ...AWS_SERVICES.map((service) => service.normalizers ?? {}),
);

/** Pure translation of AWS inventory records to assets; a record that cannot be translated is an error entry. */
export function normalizeAws(inventory: Inventory): { assets: Asset[]; errors: CollectionError[] } {
  const read = replyReader(inventory);
  const records = inventory.records.filter((r) => r.provider === "aws");
  const accountBpa = new Map<string, Known<BpaConfig | null>>();
  for (const record of records) {
    if (record.resourceType === "aws.account")
      accountBpa.set(record.account, read<BpaConfig>(record, ACCOUNT_BPA_REPLY));
  }
  const ctx: AwsNormalizeContext = {
    read,
    inventory,
    // A null value (no account configuration) is an answer; only a missing entry is unknown.
    accountBpa: (account) =>
      accountBpa.has(account)
        ? accountBpa.get(account)!
        : unknown("account-level Block Public Access was not read"),
  };
  return normalizeRecords("aws", records, NORMALIZERS, ctx);
}
