import type { AssetBase, ExposureVerdict, PublicAccessPrevention } from "../asset-base.js";
import type { Known } from "../known.js";

/** An S3 access point: a named network endpoint with its own policy in front of one bucket. */
export interface AccessPointAsset extends AssetBase {
  kind: "access-point";
  /** ARN of the bucket it fronts (also a "fronts-bucket" relation). */
  bucket: string;
  /** "Internet" or "VPC"; a VPC origin refuses every request from outside that VPC. */
  networkOrigin: Known<{ origin: "Internet" | "VPC"; vpcId?: string }>;
  /** The access point's own Block Public Access. */
  publicAccessPrevention: Known<PublicAccessPrevention>;
  /** Whether the public can read / write the bucket's data through this access point. */
  publicRead: Known<ExposureVerdict>;
  publicWrite: Known<ExposureVerdict>;
}
