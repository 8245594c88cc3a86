import type { AssetBase, PublicAccessPrevention } from "../asset-base.js";
import type { Known } from "../known.js";

export interface AccountAsset extends AssetBase {
  kind: "account";
  /** Account-wide S3 Block Public Access (S3 Control GetPublicAccessBlock). */
  storagePublicAccessPrevention: Known<PublicAccessPrevention>;
}
