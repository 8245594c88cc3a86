// Translations every SageMaker normalizer shares: volume keys, VPC placement, S3 locations, timestamps.
import type { AssetBase, Relation } from "../../../src/model/asset.js";
import type {
  ComputeVolumeEncryption,
  MlNetworkPlacement,
  OutputEncryption,
} from "../../../src/model/assets/ml-compute.js";
import type { InventoryRecord } from "../../../src/model/inventory.js";
import { isUnknown, unknown, type Known } from "../../../src/model/known.js";
import { bucketArnFromS3Uri, RELATION } from "../../../src/model/relations.js";
import { keyManagerOf, type KeyManager } from "../kms/key-ownership.js";
import { hasLocalStorage } from "./instance-storage.js";

export interface VpcConfig {
  SecurityGroupIds?: string[];
  Subnets?: string[];
}

/** The fields every SageMaker asset gets from its record. Describe* replies carry no tags (ListTags is not read). */
export function baseOf(record: InventoryRecord, type: string): Omit<AssetBase, "kind"> {
  return {
    id: record.resourceId,
    provider: "aws",
    account: record.account,
    region: record.region,
    type,
    name: record.name,
    tags: unknown("SageMaker tags are not read (sagemaker:ListTags is not called)"),
    relations: [],
    raw: record.replies,
  };
}

/** Who manages a key the record names: KMS's answer stored with the record (see kms/key-ownership.ts). */
export type KeyOwner = (keyId: string) => Known<KeyManager>;

export function keyOwnerOf(record: InventoryRecord): KeyOwner {
  return (keyId) => keyManagerOf(record, keyId);
}

/**
 * Encryption of the ML storage volumes of `instanceTypes`. Without a key SageMaker uses an AWS managed key;
 * local NVMe storage takes no key at all (see instance-storage.ts). A named key is customer managed only when
 * KMS says so: unknown when it could not be described.
 */
export function volumeEncryption(
  keyId: string | undefined,
  instanceTypes: readonly string[],
  what: string,
  owner: KeyOwner,
): Known<ComputeVolumeEncryption> {
  if (keyId) {
    const manager = owner(keyId);
    if (isUnknown(manager)) return manager;
    const customer = manager === "customer";
    return {
      enabled: true,
      keyManager: manager,
      algorithm: "aws:kms",
      keyId,
      customerKeySupported: true,
      detail: `${what} encrypted with ${customer ? "customer-managed" : "AWS managed"} key ${keyId}`,
    };
  }
  const local = [...new Set(instanceTypes.filter(hasLocalStorage))];
  if (local.length > 0) {
    return {
      enabled: true,
      keyManager: "provider",
      algorithm: "instance-store hardware encryption",
      customerKeySupported: false,
      detail: `on ${local.join(", ")} ${what} are local NVMe storage, encrypted by the instance's hardware; SageMaker accepts no KMS key for these instance types`,
    };
  }
  return {
    enabled: true,
    keyManager: "provider",
    algorithm: "aws:kms",
    customerKeySupported: true,
    detail: `no KMS key is set, so SageMaker encrypts ${what} with an AWS managed key`,
  };
}

/**
 * Data SageMaker writes to S3 (`destination`) under `keyId`; without a key, `fallback` says what encrypts it.
 * A named key counts as customer managed only when KMS says so.
 */
export function s3OutputEncryption(
  destination: string | undefined,
  keyId: string | undefined,
  what: string,
  owner: KeyOwner,
  fallback = `names no KMS key, so S3 encrypts it with an AWS managed key`,
): Known<OutputEncryption> {
  const where = destination ? { destination } : {};
  if (!keyId)
    return { ...where, keyManager: "provider", detail: `${what} in ${destination ?? "S3"} ${fallback}` };
  const manager = owner(keyId);
  if (isUnknown(manager)) return manager;
  return {
    ...where,
    keyManager: manager,
    keyId,
    detail: `${what} written to ${destination ?? "?"} under ${manager === "customer" ? "customer-managed" : "AWS managed"} KMS key ${keyId}`,
  };
}

export function vpcPlacement(vpc: VpcConfig | undefined, without: string): MlNetworkPlacement {
  const subnetIds = vpc?.Subnets ?? [];
  const securityGroupIds = vpc?.SecurityGroupIds ?? [];
  if (subnetIds.length === 0)
    return { customerNetwork: false, subnetIds, securityGroupIds, detail: `no VpcConfig: ${without}` };
  return {
    customerNetwork: true,
    subnetIds,
    securityGroupIds,
    detail: `attached to subnets ${subnetIds.join(", ")} with security groups ${securityGroupIds.join(", ") || "none"}`,
  };
}

export function subnetRelations(record: InventoryRecord, subnets: readonly string[]): Relation[] {
  const partition = record.resourceId.split(":")[1] ?? "aws";
  return subnets.map((subnet) => ({
    type: RELATION.placedIn,
    target: `arn:${partition}:ec2:${record.region}:${record.account}:subnet/${subnet}`,
    detail: "subnet",
  }));
}

/** A relation to the bucket of an s3:// location, or nothing for other locations. */
export function bucketRelation(
  type: string,
  uri: string | undefined,
  detail: string,
  record: InventoryRecord,
) {
  const partition = record.resourceId.split(":")[1] ?? "aws";
  const target = bucketArnFromS3Uri(uri, partition);
  return target ? [{ type, target, detail: `${detail}: ${uri}` }] : [];
}

/** The SDK gives Dates; a saved inventory gives ISO strings. */
export function isoTime(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "string" || typeof value === "number") {
    const date = new Date(typeof value === "number" ? value * 1000 : value);
    return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
  }
  return undefined;
}

/** One relation per type and target: two channels reading one bucket are one edge, with both details. */
export function uniqueRelations(relations: Relation[]): Relation[] {
  const byKey = new Map<string, Relation>();
  for (const relation of relations) {
    const key = `${relation.type} ${relation.target}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { ...relation });
    else if (relation.detail && relation.detail !== seen.detail)
      seen.detail = seen.detail ? `${seen.detail}; ${relation.detail}` : relation.detail;
  }
  return [...byKey.values()];
}

/**
 * Derives properties from one reply: each is the reply's Unknown when the read failed, so an unreadable
 * resource has every property unknown with the same reason. A null reply reads as an empty object.
 */
export function fromReply<R extends object>(reply: Known<R | null>) {
  return <T>(derive: (value: R) => T): Known<T> => (isUnknown(reply) ? reply : derive(reply ?? ({} as R)));
}
