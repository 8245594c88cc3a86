import type { Asset } from "../../src/model/asset.js";
import type { CollectionError, Inventory, InventoryRecord } from "../../src/model/inventory.js";
import { unknown, type Known } from "../../src/model/known.js";
import { ACCOUNT_BPA_REPLY, normalizeAccount } from "./account/normalize.js";
import { replyReader, type ReplyReader } from "./replies.js";
import type { BpaConfig } from "./s3/block-public-access.js";
import { normalizeBucket } from "./s3/normalize.js";
import { BEDROCK_NORMALIZERS } from "./bedrock/normalize.js";
import { normalizeDetector } from "./guardduty/normalize.js";
import { withEnumerationGaps } from "../../src/model/assets/threat-detection-gaps.js";
import { normalizeDomain } from "./opensearch/normalize.js";
import { normalizeCollection } from "./opensearch-serverless/normalize.js";
import { SAGEMAKER_NORMALIZERS } from "./sagemaker/normalize.js";

/** What a normalizer may read besides its own record: account-wide settings gathered in a first pass. */
export interface AwsNormalizeContext {
  read: ReplyReader;
  inventory: Inventory;
  accountBpa(account: string): Known<BpaConfig | null>;
}

type Normalizer = (record: InventoryRecord, ctx: AwsNormalizeContext) => Asset | Asset[] | undefined;

/** One entry per resource type; a new AWS service adds its normalizer here. */
const NORMALIZERS: Record<string, Normalizer> = {
  "aws.account": (record, ctx) => normalizeAccount(record, ctx.read),
  "aws.s3.bucket": (record, ctx) => normalizeBucket(record, ctx.read, ctx.accountBpa(record.account)),
  ...BEDROCK_NORMALIZERS,
  "aws.guardduty.detector": (record, ctx) =>
    withEnumerationGaps(normalizeDetector(record, ctx.read), ctx.inventory),
  "aws.opensearch.domain": (record, ctx) => normalizeDomain(record, ctx.read),
  "aws.aoss.collection": (record, ctx) => normalizeCollection(record, ctx.read),
  ...SAGEMAKER_NORMALIZERS,
};

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
  const assets: Asset[] = [];
  const errors: CollectionError[] = [];
  for (const record of records) {
    try {
      const normalized = NORMALIZERS[record.resourceType]?.(record, ctx);
      if (normalized) assets.push(...(Array.isArray(normalized) ? normalized : [normalized]));
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
