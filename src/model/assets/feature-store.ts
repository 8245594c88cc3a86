// A feature store's feature group: SageMaker Feature Store (online store for low-latency reads, offline store in
// S3 for training), later Azure ML managed feature stores.
import type { AssetBase } from "../asset-base.js";
import type { Known } from "../known.js";

export interface FeatureStoreEncryption {
  /** "customer": a customer-managed key; "provider": a key the cloud owns or manages. */
  keyManager: "customer" | "provider";
  keyId?: string;
  detail: string;
}

export interface FeatureStoreAsset extends AssetBase {
  kind: "feature-store";
  status?: string;
  /** Null: the group has no online store. */
  onlineStore: Known<(FeatureStoreEncryption & { storageType?: string }) | null>;
  /** Null: the group has no offline store. */
  offlineStore: Known<(FeatureStoreEncryption & { destination: string }) | null>;
  executionRole?: string;
}
