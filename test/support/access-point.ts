// Access point assets for check tables: built by hand, or from raw S3 Control replies through the real normalizer.
import type { AccessPointAsset } from "../../src/model/assets/access-point.js";
import { emptyInventory, type InventoryRecord } from "../../src/model/inventory.js";
import type { Known } from "../../src/model/known.js";
import { normalizeAccessPoint } from "../../providers/aws/s3-access-points/normalize.js";
import { replyReader } from "../../providers/aws/replies.js";
import type { BpaConfig } from "../../providers/aws/s3/block-public-access.js";

export const ACCOUNT = "111122223333";
export const BUCKET_ARN = "arn:aws:s3:::example-bucket";

export function accessPointAsset(overrides: Partial<AccessPointAsset> = {}): AccessPointAsset {
  return {
    id: `arn:aws:s3:us-east-1:${ACCOUNT}:accesspoint/example-ap`,
    provider: "aws",
    account: ACCOUNT,
    region: "us-east-1",
    kind: "access-point",
    type: "aws.s3.access-point",
    name: "example-ap",
    tags: {},
    relations: [{ type: "fronts-bucket", target: BUCKET_ARN }],
    raw: {},
    bucket: BUCKET_ARN,
    networkOrigin: { origin: "VPC", vpcId: "vpc-1" },
    publicAccessPrevention: { enforced: true, settings: {}, detail: "all four settings on" },
    publicRead: { public: false, reasons: ["access point policy grants no public read"] },
    publicWrite: { public: false, reasons: ["access point policy grants no public write"] },
    ...overrides,
  };
}

export const PUBLIC_READ_POLICY = JSON.stringify({
  Version: "2012-10-17",
  Statement: [
    {
      Effect: "Allow",
      Principal: "*",
      Action: "s3:GetObject",
      Resource: `arn:aws:s3:us-east-1:${ACCOUNT}:accesspoint/example-ap/object/*`,
    },
  ],
});

export const DELEGATING_BUCKET_POLICY = JSON.stringify({
  Version: "2012-10-17",
  Statement: [
    {
      Effect: "Allow",
      Principal: { AWS: "*" },
      Action: "*",
      Resource: ["arn:aws:s3:::example-bucket", "arn:aws:s3:::example-bucket/*"],
      Condition: { StringEquals: { "s3:DataAccessPointAccount": ACCOUNT } },
    },
  ],
});

const OFF: BpaConfig = {
  BlockPublicAcls: false,
  IgnorePublicAcls: false,
  BlockPublicPolicy: false,
  RestrictPublicBuckets: false,
};

export interface RawAccessPoint {
  /** Absent: the reply is missing (GetAccessPoint not read). */
  getAccessPoint?: Record<string, unknown>;
  policy?: string | null;
  bucketPolicy?: string | null | "unread";
  accountBpa?: Known<BpaConfig | null>;
}

/** A public, Internet-origin access point on a delegating bucket, with the given replies replaced. */
export function fromRecord(raw: RawAccessPoint = {}): AccessPointAsset {
  const inventory = emptyInventory();
  const replies: Record<string, unknown> = {
    GetAccessPoint: {
      Name: "example-ap",
      Bucket: "example-bucket",
      NetworkOrigin: "Internet",
      PublicAccessBlockConfiguration: OFF,
    },
    GetAccessPointPolicy: PUBLIC_READ_POLICY,
  };
  if ("getAccessPoint" in raw) {
    if (raw.getAccessPoint) replies.GetAccessPoint = raw.getAccessPoint;
    else delete replies.GetAccessPoint;
  }
  if ("policy" in raw) {
    if (raw.policy === undefined) delete replies.GetAccessPointPolicy;
    else replies.GetAccessPointPolicy = raw.policy;
  }
  const record: InventoryRecord = {
    provider: "aws",
    account: ACCOUNT,
    region: "us-east-1",
    service: "s3-access-points",
    resourceType: "aws.s3.access-point",
    resourceId: `arn:aws:s3:us-east-1:${ACCOUNT}:accesspoint/example-ap`,
    name: "example-ap",
    replies,
  };
  const bucketPolicy = "bucketPolicy" in raw ? raw.bucketPolicy : DELEGATING_BUCKET_POLICY;
  inventory.records.push(record, {
    provider: "aws",
    account: ACCOUNT,
    region: "us-east-1",
    service: "s3",
    resourceType: "aws.s3.bucket",
    resourceId: BUCKET_ARN,
    name: "example-bucket",
    replies: bucketPolicy === "unread" ? {} : { GetBucketPolicy: bucketPolicy ?? null },
  });
  return normalizeAccessPoint(record, {
    read: replyReader(inventory),
    inventory,
    accountBpa: () => raw.accountBpa ?? null,
  });
}
