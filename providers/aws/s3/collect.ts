import {
  GetBucketAclCommand,
  GetBucketEncryptionCommand,
  GetBucketLocationCommand,
  GetBucketLoggingCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetPublicAccessBlockCommand,
  ListBucketsCommand,
  S3Client,
  type Bucket,
} from "@aws-sdk/client-s3";
import { KeyDescriber } from "../kms/describe-key.js";
import { describeKeys, KMS_KEYS_REPLY } from "../kms/key-ownership.js";
import { createAwsClient, ClientCache } from "../clients.js";
import { homeRegion, type AwsCollectContext } from "../context.js";
import type { ReadResult } from "../reader.js";
import type { InventoryRecord } from "../../../src/model/inventory.js";
import { forEachBounded } from "../../../src/engine/resource-pool.js";
import { bucketWorkerCount, collectBucketsSharded } from "./bucket-shards.js";

export const S3_SERVICE = "s3";

/** Per-bucket reads: the operation name the reply is stored under, the command, and the "absent" codes. */
const BUCKET_READS = [
  {
    op: "GetBucketPolicy",
    make: (b: string) => new GetBucketPolicyCommand({ Bucket: b }),
    absent: ["NoSuchBucketPolicy"],
    pick: "Policy",
  },
  {
    op: "GetBucketAcl",
    make: (b: string) => new GetBucketAclCommand({ Bucket: b }),
    absent: [],
    pick: undefined,
  },
  {
    op: "GetPublicAccessBlock",
    make: (b: string) => new GetPublicAccessBlockCommand({ Bucket: b }),
    absent: ["NoSuchPublicAccessBlockConfiguration"],
    pick: "PublicAccessBlockConfiguration",
  },
  {
    op: "GetBucketEncryption",
    make: (b: string) => new GetBucketEncryptionCommand({ Bucket: b }),
    absent: ["ServerSideEncryptionConfigurationNotFoundError"],
    pick: "ServerSideEncryptionConfiguration",
  },
  {
    op: "GetBucketLogging",
    make: (b: string) => new GetBucketLoggingCommand({ Bucket: b }),
    absent: [],
    pick: undefined,
  },
  {
    op: "GetBucketVersioning",
    make: (b: string) => new GetBucketVersioningCommand({ Bucket: b }),
    absent: [],
    pick: undefined,
  },
  {
    op: "GetBucketTagging",
    make: (b: string) => new GetBucketTaggingCommand({ Bucket: b }),
    absent: ["NoSuchTagSet"],
    pick: "TagSet",
  },
  {
    op: "GetBucketOwnershipControls",
    make: (b: string) => new GetBucketOwnershipControlsCommand({ Bucket: b }),
    absent: ["OwnershipControlsNotFoundError"],
    pick: "OwnershipControls",
  },
] as const;

export const S3_CALLS_PER_BUCKET = BUCKET_READS.length;

/**
 * Lists buckets (paginated, global) and reads each bucket's configuration in the bucket's own region, so no
 * request is redirected. All reads of all buckets share the reader's concurrency bound.
 */
export async function collectS3(ctx: AwsCollectContext): Promise<void> {
  const clients = s3Clients(ctx);
  const keys = new KeyDescriber(ctx);
  try {
    const listRegion = homeRegion(ctx.partition);
    const buckets = await listBuckets(ctx, clients.get(listRegion), listRegion);
    const workers = bucketWorkerCount(ctx, buckets.length);
    ctx.options.onProgress?.(
      `aws ${ctx.account}: ${buckets.length} buckets${workers > 0 ? ` (read by ${workers + 1} threads)` : ""}`,
    );
    // Kept in listing order, whichever bucket answers first: the same estate gives the same inventory (and the
    // same messages listing "the first assets") with or without worker threads.
    const records: Array<InventoryRecord | undefined> = new Array(buckets.length);
    const readBucket = async (index: number) => {
      records[index] = await collectBucket(ctx, clients, buckets[index] as Bucket, listRegion, keys);
    };
    if (workers > 0) await collectBucketsSharded(ctx, buckets, listRegion, workers, records, readBucket);
    else await forEachBounded(buckets.keys(), ctx.options.concurrency, readBucket);
    for (const record of records) if (record) ctx.inventory.records.push(record);
  } finally {
    clients.destroyAll();
    keys.destroy();
  }
}

/** S3 clients by region; path style against a custom endpoint (the emulator serves every bucket on one host). */
export function s3Clients(ctx: AwsCollectContext): ClientCache<S3Client> {
  return new ClientCache((region) =>
    createAwsClient(S3Client, ctx.options, region, { forcePathStyle: Boolean(ctx.options.endpoint) }),
  );
}

/**
 * Reads one bucket, for event-driven re-collection (the Lambda): locates it with GetBucketLocation instead of
 * listing every bucket, then makes the same per-bucket reads as collectS3, into the same record shape.
 */
export async function collectOneBucket(ctx: AwsCollectContext, name: string): Promise<void> {
  const clients = s3Clients(ctx);
  const keys = new KeyDescriber(ctx);
  try {
    const listRegion = homeRegion(ctx.partition);
    const record = await collectBucket(ctx, clients, { Name: name }, listRegion, keys);
    if (record) ctx.inventory.records.push(record);
  } finally {
    clients.destroyAll();
    keys.destroy();
  }
}

async function listBuckets(ctx: AwsCollectContext, client: S3Client, region: string): Promise<Bucket[]> {
  const buckets: Bucket[] = [];
  let token: string | undefined;
  do {
    const page = await ctx.reader.read<{ Buckets?: Bucket[]; ContinuationToken?: string }>(
      "s3",
      client,
      new ListBucketsCommand({ MaxBuckets: 1000, ...(token ? { ContinuationToken: token } : {}) }),
      { region },
    );
    if (!page.ok || !page.value) break;
    buckets.push(...(page.value.Buckets ?? []));
    token = page.value.ContinuationToken;
  } while (token);
  return buckets;
}

/**
 * Reads one listed bucket's configuration into its record (the main thread and bucket-worker.ts alike); none for
 * a bucket outside the regions asked for or whose region could not be found (an error entry then).
 */
export async function collectBucket(
  ctx: AwsCollectContext,
  clients: ClientCache<S3Client>,
  bucket: Bucket,
  listRegion: string,
  keys: KeyDescriber,
): Promise<InventoryRecord | undefined> {
  const name = bucket.Name;
  if (!name) return undefined;
  const region = bucket.BucketRegion ?? (await locateBucket(ctx, clients.get(listRegion), name, listRegion));
  if (!region) return undefined;
  if (ctx.options.regions && !ctx.options.regions.includes(region)) return undefined;

  const client = clients.get(region);
  const replies: Record<string, unknown> = { ListBuckets: { ...bucket, BucketRegion: region } };
  await Promise.all(
    BUCKET_READS.map(async (read) => {
      const result: ReadResult<Record<string, unknown>> = await ctx.reader.read(
        "s3",
        client,
        read.make(name),
        {
          region,
          resource: name,
          absentCodes: read.absent,
        },
      );
      if (result.ok)
        replies[read.op] = result.value && read.pick ? (result.value[read.pick] ?? null) : result.value;
    }),
  );
  // A default key named by ARN may be the AWS managed aws/s3 key: only KMS can say whose it is.
  const keyId = defaultKeyOf(replies.GetBucketEncryption);
  if (keyId) replies[KMS_KEYS_REPLY] = await describeKeys(keys, [keyId], region);
  return {
    provider: "aws",
    account: ctx.account,
    region,
    service: S3_SERVICE,
    resourceType: "aws.s3.bucket",
    resourceId: `arn:${ctx.partition}:s3:::${name}`,
    name,
    replies,
  };
}

function defaultKeyOf(reply: unknown): string | undefined {
  const rules = (
    reply as { Rules?: Array<{ ApplyServerSideEncryptionByDefault?: { KMSMasterKeyID?: string } }> }
  )?.Rules;
  return rules?.[0]?.ApplyServerSideEncryptionByDefault?.KMSMasterKeyID || undefined;
}

/** Older endpoints omit BucketRegion; GetBucketLocation answers with "" for us-east-1 (documented legacy). */
async function locateBucket(ctx: AwsCollectContext, client: S3Client, name: string, region: string) {
  const result = await ctx.reader.read<{ LocationConstraint?: string }>(
    "s3",
    client,
    new GetBucketLocationCommand({ Bucket: name }),
    {
      region,
      resource: name,
    },
  );
  if (!result.ok) return undefined;
  const constraint = result.value?.LocationConstraint;
  if (!constraint) return "us-east-1";
  return constraint === "EU" ? "eu-west-1" : constraint;
}
