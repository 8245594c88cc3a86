// Replay: an account's buckets (and its account-wide Block Public Access) rebuilt from a saved inventory's raw
// S3 replies. A reply recorded as null ("not configured") stays not configured; one not recorded (a failed read)
// is left to the replayed fault that denies it.
import type { InventoryRecord } from "../../../../src/model/inventory.js";

const has = (replies: Record<string, unknown>, key: string) => replies[key] !== undefined;

export function replayS3(records: readonly InventoryRecord[]): Record<string, unknown> {
  const buckets = records
    .filter((r) => r.resourceType === "aws.s3.bucket")
    .map((r) => {
      const x = r.replies;
      const listed = (x.ListBuckets ?? {}) as { CreationDate?: string; BucketRegion?: string };
      return {
        Name: r.name,
        BucketRegion: listed.BucketRegion ?? r.region,
        ...(listed.CreationDate ? { CreationDate: listed.CreationDate } : {}),
        ...(x.GetBucketPolicy ? { Policy: x.GetBucketPolicy } : {}),
        ...(x.GetBucketPolicyStatus ? { PolicyStatus: x.GetBucketPolicyStatus } : {}),
        ...(x.GetBucketAcl ? { Acl: x.GetBucketAcl } : {}),
        ...(x.GetPublicAccessBlock ? { PublicAccessBlock: x.GetPublicAccessBlock } : {}),
        // Recorded null: no default encryption configuration; not recorded: the read failed (a fault says so).
        ...(has(x, "GetBucketEncryption") ? { Encryption: x.GetBucketEncryption } : {}),
        ...(x.GetBucketLogging ? { Logging: x.GetBucketLogging } : {}),
        ...(x.GetBucketVersioning ? { Versioning: x.GetBucketVersioning } : {}),
        ...(x.GetBucketTagging ? { Tags: x.GetBucketTagging } : {}),
        ...(x.GetBucketOwnershipControls ? { OwnershipControls: x.GetBucketOwnershipControls } : {}),
      };
    });
  const account = records.find((r) => r.resourceType === "aws.account")?.replies ?? {};
  const accountBpa = account["s3-control:GetPublicAccessBlock"];
  return { s3: { buckets, ...(accountBpa ? { PublicAccessBlock: accountBpa } : {}) } };
}
