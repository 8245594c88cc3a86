import type { AssetBase, EncryptionAtRest, ExposureVerdict, PublicAccessPrevention } from "../asset-base.js";
import type { Known } from "../known.js";
import type { StorageAccountControls } from "./storage-controls.js";

export interface StorageAsset extends AssetBase, StorageAccountControls {
  kind: "storage";
  publicRead: Known<ExposureVerdict>;
  publicWrite: Known<ExposureVerdict>;
  /** Public grants through ACLs (S3 ACL, Azure container access level), after any masking setting. */
  publicAcl: Known<ExposureVerdict>;
  publicAccessPrevention: Known<PublicAccessPrevention>;
  encryptionAtRest: Known<EncryptionAtRest>;
  tlsOnly: Known<{ enforced: boolean; detail: string }>;
  accessLogging: Known<{ enabled: boolean; target?: string }>;
  versioning: Known<{ enabled: boolean; detail: string }>;
  /** S3: whether the access points in the bucket's region could be listed (an access point can expose it). */
  accessPointsListed?: Known<true>;
}
