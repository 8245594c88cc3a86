// A DescribeFeatureGroup reply → feature-store asset: the online store's key and storage tier, the offline
// store's S3 location and key. Without a key SageMaker encrypts the online store with an AWS owned key and the
// offline store's objects with the account's AWS managed S3 key (CreateFeatureGroup, OnlineStoreSecurityConfig
// and S3StorageConfig KmsKeyId). A named key is customer managed only when KMS says so.
import type { FeatureStoreAsset, FeatureStoreEncryption } from "../../../src/model/assets/feature-store.js";
import type { InventoryRecord } from "../../../src/model/inventory.js";
import { isUnknown, type Known } from "../../../src/model/known.js";
import { RELATION } from "../../../src/model/relations.js";
import type { ReplyReader } from "../replies.js";
import { baseOf, bucketRelation, fromReply, keyOwnerOf, type KeyOwner } from "./normalize-common.js";

interface FeatureGroupReply {
  FeatureGroupStatus?: string;
  RoleArn?: string;
  OnlineStoreConfig?: {
    EnableOnlineStore?: boolean;
    StorageType?: string;
    SecurityConfig?: { KmsKeyId?: string };
  };
  OfflineStoreConfig?: {
    S3StorageConfig?: { S3Uri?: string; KmsKeyId?: string; ResolvedOutputS3Uri?: string };
  };
}

function keyed(
  keyId: string | undefined,
  what: string,
  without: string,
  owner: KeyOwner,
): Known<FeatureStoreEncryption> {
  if (!keyId) return { keyManager: "provider", detail: `${what} names no KMS key: ${without}` };
  const manager = owner(keyId);
  if (isUnknown(manager)) return manager;
  return {
    keyManager: manager,
    keyId,
    detail: `${what} encrypted with ${manager === "customer" ? "customer-managed" : "AWS managed"} key ${keyId}`,
  };
}

export function normalizeFeatureGroup(record: InventoryRecord, read: ReplyReader): FeatureStoreAsset {
  const reply = read<FeatureGroupReply>(record, "DescribeFeatureGroup");
  const known = fromReply(reply);
  const group = isUnknown(reply) ? undefined : (reply ?? {});
  const owner = keyOwnerOf(record);
  const offlineUri = group?.OfflineStoreConfig?.S3StorageConfig?.S3Uri;
  const asset: FeatureStoreAsset = {
    ...baseOf(record, "aws.sagemaker.feature-group"),
    kind: "feature-store",
    ...(group?.FeatureGroupStatus ? { status: group.FeatureGroupStatus } : {}),
    onlineStore: known((g) => {
      const online = g.OnlineStoreConfig;
      if (!online || online.EnableOnlineStore !== true) return null;
      const storageType = online.StorageType ?? "Standard";
      const encryption = keyed(
        online.SecurityConfig?.KmsKeyId,
        `the ${storageType} online store`,
        "SageMaker encrypts it with an AWS owned key",
        owner,
      );
      return isUnknown(encryption) ? encryption : { ...encryption, storageType };
    }),
    offlineStore: known((g) => {
      const s3 = g.OfflineStoreConfig?.S3StorageConfig;
      if (!s3?.S3Uri) return null;
      const encryption = keyed(
        s3.KmsKeyId,
        `the offline store in ${s3.S3Uri}`,
        "SageMaker writes it with the account's AWS managed S3 key",
        owner,
      );
      return isUnknown(encryption)
        ? encryption
        : { ...encryption, destination: s3.ResolvedOutputS3Uri ?? s3.S3Uri };
    }),
    ...(group?.RoleArn ? { executionRole: group.RoleArn } : {}),
  };
  asset.relations = bucketRelation(RELATION.writesOutputTo, offlineUri, "offline store", record);
  return asset;
}
