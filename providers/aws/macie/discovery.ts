// What Macie says about one bucket, joined by the bucket's account, region and ARN (Macie is regional: a region's
// DescribeBuckets lists that region's buckets). Read by the S3 normalizer, so the bucket asset carries the fact.
import type { DataDiscovery } from "../../../src/model/asset-base.js";
import type { Inventory } from "../../../src/model/inventory.js";
import { isUnknown, unknown, type Known } from "../../../src/model/known.js";
import type { ReplyReader } from "../replies.js";
import { MACIE_SESSION_TYPE } from "./collect.js";

export const MACIE = "Macie";

interface MacieBucket {
  bucketArn?: string;
  bucketName?: string;
  sensitivityScore?: number;
}

export function macieDiscoveryOf(
  inventory: Inventory,
  read: ReplyReader,
  bucket: { account: string; region: string; arn: string; name: string },
): Known<DataDiscovery> {
  const record = inventory.records.find(
    (r) =>
      r.provider === "aws" &&
      r.resourceType === MACIE_SESSION_TYPE &&
      r.account === bucket.account &&
      r.region === bucket.region,
  );
  if (!record) return unknown(`Amazon Macie was not read in ${bucket.region}`);
  const session = read<{ status?: string }>(record, "GetMacieSession");
  if (isUnknown(session)) return session;
  // PAUSED: Macie keeps its data but runs no discovery, so a score it shows may be stale.
  if (session === null || session.status !== "ENABLED")
    return { service: MACIE, enabled: false, automatedDiscovery: false };
  const config = read<{ status?: string }>(record, "GetAutomatedDiscoveryConfiguration");
  const automatedDiscovery: Known<boolean> = isUnknown(config) ? config : config?.status === "ENABLED";
  const listed = read<{ buckets?: MacieBucket[] }>(record, "DescribeBuckets");
  if (isUnknown(listed)) return listed;
  const entry = (listed?.buckets ?? []).find(
    (b) => b.bucketArn === bucket.arn || (b.bucketArn === undefined && b.bucketName === bucket.name),
  );
  const score = entry?.sensitivityScore;
  return {
    service: MACIE,
    enabled: true,
    automatedDiscovery,
    ...(typeof score === "number" ? { score } : {}),
  };
}
