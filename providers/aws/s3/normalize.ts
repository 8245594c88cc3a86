import type { EncryptionAtRest, StorageAsset } from "../../../src/model/asset.js";
import { classificationFromTags } from "../../../src/model/classification.js";
import { isUnknown, unknown, type Known } from "../../../src/model/known.js";
import type { InventoryRecord } from "../../../src/model/inventory.js";
import { andKnown, anyRouteOpen, notKnown, orKnown, type Signal } from "../../../src/model/signals.js";
import { evaluatePolicy, type PolicyVerdict } from "../policy/index.js";
import { keyManagerOf } from "../kms/key-ownership.js";
import { tagsToRecord, type AwsTag, type ReplyReader } from "../replies.js";
import {
  describeGrants,
  grantsRead,
  grantsWrite,
  publicGrants,
  type AclReply,
  type PublicGrant,
} from "./acl.js";
import { describePrevention, effectiveFlag, type BpaConfig } from "./block-public-access.js";
import { secureTransportEnforced } from "./secure-transport.js";

interface EncryptionReply {
  Rules?: Array<{
    ApplyServerSideEncryptionByDefault?: { SSEAlgorithm?: string; KMSMasterKeyID?: string };
    BucketKeyEnabled?: boolean;
  }>;
}

/** Turns one bucket's replies, plus the account's Block Public Access, into a storage asset. */
export function normalizeBucket(
  record: InventoryRecord,
  read: ReplyReader,
  accountBpa: Known<BpaConfig | null>,
): StorageAsset {
  const policy = read<string>(record, "GetBucketPolicy");
  const bucketBpa = read<BpaConfig>(record, "GetPublicAccessBlock");
  const acl = read<AclReply>(record, "GetBucketAcl");
  const ownership = read<{ Rules?: Array<{ ObjectOwnership?: string }> }>(
    record,
    "GetBucketOwnershipControls",
  );
  const tagSet = read<AwsTag[]>(record, "GetBucketTagging");
  const tags = isUnknown(tagSet) ? tagSet : tagsToRecord(tagSet);

  const verdict = policyVerdict(policy, record.account);
  const restrictPolicy = effectiveFlag(bucketBpa, accountBpa, "RestrictPublicBuckets");
  const ignoreAcls = aclsIgnored(bucketBpa, accountBpa, ownership);
  const grants: Known<PublicGrant[]> = isUnknown(acl) ? acl : publicGrants(acl);

  const policyRoute = (access: "read" | "write"): Signal => {
    if (isUnknown(verdict)) return { open: verdict, reason: `bucket policy: ${verdict.reason}` };
    const opens = verdict[access];
    const because = opens
      ? publicStatementReasons(verdict, access)
      : `bucket policy grants no public ${access}`;
    const open = andKnown(opens, notKnown(restrictPolicy));
    return {
      open,
      reason: opens && open === false ? `${because}, but RestrictPublicBuckets blocks it` : because,
    };
  };
  const aclRoute = (pick: (g: PublicGrant[]) => PublicGrant[], what: string): Signal => {
    if (isUnknown(grants)) return { open: grants, reason: `ACL: ${grants.reason}` };
    const granted = pick(grants);
    if (granted.length === 0) return { open: false, reason: `ACL grants no public ${what}` };
    const open = andKnown(true, notKnown(ignoreAcls));
    const because = `ACL grants ${describeGrants(granted)}`;
    return {
      open,
      reason:
        open === false ? `${because}, but ACLs are ignored (IgnorePublicAcls or ACLs disabled)` : because,
    };
  };

  const asset: StorageAsset = {
    id: record.resourceId,
    provider: "aws",
    account: record.account,
    region: record.region,
    kind: "storage",
    type: "aws.s3.bucket",
    name: record.name,
    tags,
    relations: [],
    raw: record.replies,
    publicRead: anyRouteOpen([policyRoute("read"), aclRoute(grantsRead, "read")]),
    publicWrite: anyRouteOpen([policyRoute("write"), aclRoute(grantsWrite, "write")]),
    publicAcl: anyRouteOpen([aclRoute((g) => g, "access")]),
    publicAccessPrevention: bucketPrevention(bucketBpa, accountBpa),
    encryptionAtRest: encryption(read<EncryptionReply>(record, "GetBucketEncryption"), record),
    tlsOnly: isUnknown(policy) ? policy : secureTransportEnforced(policy),
    accessLogging: logging(
      read<{ LoggingEnabled?: { TargetBucket?: string; TargetPrefix?: string } }>(record, "GetBucketLogging"),
    ),
    versioning: versioning(read<{ Status?: string; MFADelete?: string }>(record, "GetBucketVersioning")),
  };
  const classification = classificationFromTags(tags);
  if (classification) asset.dataClassification = classification;
  return asset;
}

const NO_POLICY: PolicyVerdict = {
  ok: true,
  public: false,
  read: false,
  write: false,
  publicStatements: [],
  fencedBy: [],
  crossAccountPrincipals: [],
  reasons: ["no bucket policy"],
};

function policyVerdict(policy: Known<string | null>, owner: string): Known<PolicyVerdict> {
  if (isUnknown(policy)) return policy;
  if (policy === null) return NO_POLICY;
  const verdict = evaluatePolicy(policy, { service: "s3", ownerAccount: owner });
  return verdict.ok ? verdict : unknown(`bucket policy could not be evaluated: ${verdict.error}`);
}

function publicStatementReasons(verdict: PolicyVerdict, access: "read" | "write"): string {
  const statements = verdict.publicStatements.filter((s) => s.access.includes(access));
  return statements.map((s) => s.reason).join("; ") || `bucket policy grants public ${access}`;
}

/** ACLs have no effect when IgnorePublicAcls is on (bucket or account) or Object Ownership disables them. */
function aclsIgnored(
  bucket: Known<BpaConfig | null>,
  account: Known<BpaConfig | null>,
  ownership: Known<{ Rules?: Array<{ ObjectOwnership?: string }> } | null>,
): Known<boolean> {
  // Unreadable ownership controls might be BucketOwnerEnforced (ACLs off): ACLs are then ignored only if known
  // ignored by Block Public Access, otherwise it cannot be told.
  const disabled: Known<boolean> = isUnknown(ownership)
    ? unknown(`ownership controls: ${ownership.reason}`)
    : ownership?.Rules?.some((r) => r.ObjectOwnership === "BucketOwnerEnforced") === true;
  return orKnown(disabled, effectiveFlag(bucket, account, "IgnorePublicAcls"));
}

/** Bucket-level prevention, passing when the account-level setting already enforces all four flags. */
function bucketPrevention(bucket: Known<BpaConfig | null>, account: Known<BpaConfig | null>) {
  const own = describePrevention(bucket, "bucket");
  if (!isUnknown(own) && own.enforced) return own;
  const accountLevel = describePrevention(account, "account");
  if (!isUnknown(accountLevel) && accountLevel.enforced) {
    return {
      ...accountLevel,
      detail: `${isUnknown(own) ? "bucket setting unreadable" : own.detail}; enforced by the account-level setting`,
    };
  }
  return own;
}

/**
 * aws:kms without a key id uses the AWS managed aws/s3 key; a named key is customer managed only when KMS
 * DescribeKey says so (the aws/s3 key named by its key ARN looks like any other key), unknown when KMS did not answer.
 */
function encryption(reply: Known<EncryptionReply | null>, record: InventoryRecord): Known<EncryptionAtRest> {
  if (isUnknown(reply)) return reply;
  const rule = reply?.Rules?.[0]?.ApplyServerSideEncryptionByDefault;
  if (!rule?.SSEAlgorithm) return { enabled: false, keyManager: "none" };
  const algorithm = rule.SSEAlgorithm;
  const key = rule.KMSMasterKeyID;
  const base = { enabled: true, algorithm, ...(key ? { keyId: key } : {}) };
  if (!algorithm.startsWith("aws:kms") || !key) return { ...base, keyManager: "provider" };
  const manager = keyManagerOf(record, key);
  return isUnknown(manager) ? manager : { ...base, keyManager: manager };
}

function logging(reply: Known<{ LoggingEnabled?: { TargetBucket?: string; TargetPrefix?: string } } | null>) {
  if (isUnknown(reply)) return reply;
  const target = reply?.LoggingEnabled?.TargetBucket;
  return target
    ? { enabled: true, target: `s3://${target}/${reply?.LoggingEnabled?.TargetPrefix ?? ""}` }
    : { enabled: false };
}

function versioning(reply: Known<{ Status?: string; MFADelete?: string } | null>) {
  if (isUnknown(reply)) return reply;
  const status = reply?.Status ?? "never enabled";
  return {
    enabled: status === "Enabled",
    detail: `versioning ${status}${reply?.MFADelete === "Enabled" ? ", MFA delete on" : ""}`,
  };
}
