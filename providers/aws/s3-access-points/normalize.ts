import type { ExposureVerdict } from "../../../src/model/asset.js";
import type { AccessPointAsset } from "../../../src/model/assets/access-point.js";
import { isUnknown, unknown, type Known } from "../../../src/model/known.js";
import type { Inventory, InventoryRecord } from "../../../src/model/inventory.js";
import { andKnown, notKnown, orKnown } from "../../../src/model/signals.js";
import type { AwsNormalizeContext } from "../context.js";
import { evaluatePolicy, type PolicyVerdict } from "../policy/index.js";
import { bpaFlag, describePrevention, type BpaConfig } from "../s3/block-public-access.js";
import { delegatesToAccessPoints } from "./delegation.js";

interface AccessPointReply {
  Name?: string;
  Bucket?: string;
  NetworkOrigin?: string;
  VpcConfiguration?: { VpcId?: string };
  PublicAccessBlockConfiguration?: BpaConfig;
}

/**
 * The public can reach a bucket's data through an access point when all of these hold:
 * - the access point policy grants the public (the IAM policy evaluator);
 * - the network origin is Internet (a VPC origin refuses requests from outside the VPC);
 * - neither the access point's own Block Public Access nor the account's has RestrictPublicBuckets on
 *   (S3 User Guide, "Managing public access to access points": S3 applies the most restrictive combination of the
 *   access point, bucket and account settings);
 * - the bucket policy delegates access control to access points (see delegation.ts).
 * Any input that could not be read makes the verdict unknown unless another input already closes it.
 */
export function normalizeAccessPoint(record: InventoryRecord, ctx: AwsNormalizeContext): AccessPointAsset {
  const point = ctx.read<AccessPointReply>(record, "GetAccessPoint");
  const policy = ctx.read<string>(record, "GetAccessPointPolicy");
  // The listing names the bucket too: an access point whose own read failed still fronts a known bucket.
  const listed = record.replies.ListAccessPoints as { Bucket?: string } | undefined;
  const bucketName = (isUnknown(point) ? undefined : point?.Bucket) ?? listed?.Bucket;
  const partition = record.resourceId.split(":")[1] ?? "aws";
  const bucketArn = bucketName ? `arn:${partition}:s3:::${bucketName}` : "";
  const ownBpa: Known<BpaConfig | null> = isUnknown(point)
    ? point
    : (point?.PublicAccessBlockConfiguration ?? null);

  const internet: Known<boolean> = isUnknown(point) ? point : point?.NetworkOrigin !== "VPC";
  const restricted = orKnown(
    bpaFlag(ownBpa, "RestrictPublicBuckets"),
    bpaFlag(ctx.accountBpa(record.account), "RestrictPublicBuckets"),
  );
  const delegated = bucketName
    ? delegatesToAccessPoints(bucketPolicy(ctx, record.account, bucketName))
    : unknown("the access point's bucket could not be read (GetAccessPoint)");
  const verdict = policyVerdict(policy, record.account);

  const exposure = (access: "read" | "write"): Known<ExposureVerdict> => {
    if (isUnknown(verdict)) return unknown(`access point policy: ${verdict.reason}`);
    if (!verdict[access])
      return { public: false, reasons: [`access point policy grants no public ${access}`] };
    const grants = verdict.publicStatements
      .filter((s) => s.access.includes(access))
      .map((s) => s.reason)
      .join("; ");
    const gates: Array<[Known<boolean>, string]> = [
      [internet, "its network origin is a VPC"],
      [notKnown(restricted), "RestrictPublicBuckets is on (access point or account)"],
      [delegated, "the bucket policy does not delegate to access points"],
    ];
    let open: Known<boolean> = true;
    for (const [gate, why] of gates) {
      if (gate === false) return { public: false, reasons: [`${grants}, but ${why}`] };
      open = andKnown(open, gate);
    }
    if (isUnknown(open)) return open;
    return { public: true, reasons: [grants || `access point policy grants public ${access}`] };
  };

  return {
    id: record.resourceId,
    provider: "aws",
    account: record.account,
    region: record.region,
    kind: "access-point",
    type: "aws.s3.access-point",
    name: record.name,
    tags: {},
    relations: bucketArn ? [{ type: "fronts-bucket", target: bucketArn }] : [],
    raw: record.replies,
    bucket: bucketArn,
    networkOrigin: isUnknown(point)
      ? point
      : point?.NetworkOrigin === "VPC"
        ? { origin: "VPC", ...(point.VpcConfiguration?.VpcId ? { vpcId: point.VpcConfiguration.VpcId } : {}) }
        : { origin: "Internet" },
    publicAccessPrevention: describePrevention(ownBpa, "access point"),
    publicRead: exposure("read"),
    publicWrite: exposure("write"),
  };
}

const bucketIndexes = new WeakMap<Inventory, Map<string, InventoryRecord>>();

/** The inventory's bucket records by account and name, built once per inventory (not once per access point). */
function bucketRecords(inventory: Inventory): Map<string, InventoryRecord> {
  let index = bucketIndexes.get(inventory);
  if (!index) {
    index = new Map();
    for (const r of inventory.records)
      if (r.resourceType === "aws.s3.bucket" && !index.has(`${r.account}\u0000${r.name}`))
        index.set(`${r.account}\u0000${r.name}`, r);
    bucketIndexes.set(inventory, index);
  }
  return index;
}

/** The bucket's policy from its own inventory record; unknown when the bucket was not read. */
function bucketPolicy(ctx: AwsNormalizeContext, account: string, bucket: string): Known<string | null> {
  const record = bucketRecords(ctx.inventory).get(`${account}\u0000${bucket}`);
  if (!record) return unknown(`bucket ${bucket} is not in the inventory`);
  return ctx.read<string>(record, "GetBucketPolicy");
}

function policyVerdict(policy: Known<string | null>, owner: string): Known<PolicyVerdict> {
  if (isUnknown(policy)) return policy;
  if (policy === null) {
    return {
      ok: true,
      public: false,
      read: false,
      write: false,
      publicStatements: [],
      fencedBy: [],
      crossAccountPrincipals: [],
      reasons: ["no access point policy"],
    };
  }
  const verdict = evaluatePolicy(policy, { service: "s3", ownerAccount: owner });
  return verdict.ok ? verdict : unknown(`could not be evaluated: ${verdict.error}`);
}
