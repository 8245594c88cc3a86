import type { AwsScanOptions } from "./options.js";
import type { Inventory } from "../../src/model/inventory.js";
import type { Known } from "../../src/model/known.js";
import type { AwsReader } from "./reader.js";
import type { ReplyReader } from "./replies.js";
import type { BpaConfig } from "./s3/block-public-access.js";

/** What one account's collectors share: the reader (bounded, recorded calls) and the inventory they fill. */
export interface AwsCollectContext {
  account: string;
  partition: string;
  options: AwsScanOptions;
  reader: AwsReader;
  inventory: Inventory;
}

/** What a normalizer may read besides its own record: account-wide settings gathered in a first pass. */
export interface AwsNormalizeContext {
  read: ReplyReader;
  inventory: Inventory;
  accountBpa(account: string): Known<BpaConfig | null>;
}

export function partitionOf(region: string): string {
  if (region.startsWith("cn-")) return "aws-cn";
  if (region.startsWith("us-gov-")) return "aws-us-gov";
  return "aws";
}

/** Home region for global APIs (ListBuckets, STS, S3 Control) in a partition. */
export function homeRegion(partition: string): string {
  if (partition === "aws-cn") return "cn-north-1";
  if (partition === "aws-us-gov") return "us-gov-west-1";
  return "us-east-1";
}
