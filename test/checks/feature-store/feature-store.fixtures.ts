// Feature groups as the collector records them (DescribeFeatureGroup plus the KMS answers), through the normalizer.
import { awsProvider } from "../../../providers/aws/index.js";
import { KMS_KEYS_REPLY } from "../../../providers/aws/kms/key-ownership.js";
import type { FeatureStoreAsset } from "../../../src/model/assets/feature-store.js";
import { unknown } from "../../../src/model/known.js";
import { fromRecord } from "../../support/from-record.js";
import { KEY_ANSWERS, sageMakerRecord } from "../../support/raw-records.js";

export const DENIED = unknown("DescribeFeatureGroup failed: AccessDeniedException");

export function rawFeatureGroup(
  fields: Record<string, unknown>,
  answers: Record<string, unknown> = KEY_ANSWERS,
): FeatureStoreAsset {
  return fromRecord(
    awsProvider,
    sageMakerRecord("feature-group", "raw-features", {
      DescribeFeatureGroup: {
        FeatureGroupName: "raw-features",
        RecordIdentifierFeatureName: "id",
        EventTimeFeatureName: "ts",
        ...fields,
      },
      [KMS_KEYS_REPLY]: answers,
    }),
  ) as FeatureStoreAsset;
}

export const online = (KmsKeyId?: string, StorageType?: string) => ({
  OnlineStoreConfig: {
    EnableOnlineStore: true,
    ...(StorageType ? { StorageType } : {}),
    ...(KmsKeyId ? { SecurityConfig: { KmsKeyId } } : {}),
  },
});

export const offline = (KmsKeyId?: string) => ({
  OfflineStoreConfig: {
    S3StorageConfig: { S3Uri: "s3://features/offline/", ...(KmsKeyId ? { KmsKeyId } : {}) },
  },
});
