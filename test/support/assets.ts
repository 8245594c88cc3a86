// Builders for plain asset objects: checks are pure, so their tests need no cloud at all.
import type { AccountAsset, StorageAsset } from "../../src/model/asset.js";
import { unknown } from "../../src/model/known.js";

export const UNREADABLE = unknown("GetBucketPolicy failed: AccessDenied");

export function storageAsset(overrides: Partial<StorageAsset> = {}): StorageAsset {
  return {
    id: "arn:aws:s3:::example-bucket",
    provider: "aws",
    account: "111122223333",
    region: "us-east-1",
    kind: "storage",
    type: "aws.s3.bucket",
    name: "example-bucket",
    tags: {},
    relations: [],
    raw: {},
    accessPointsListed: true,
    publicRead: { public: false, reasons: ["bucket policy grants no public read"] },
    publicWrite: { public: false, reasons: ["bucket policy grants no public write"] },
    publicAcl: { public: false, reasons: ["ACL grants no public access"] },
    publicAccessPrevention: {
      enforced: true,
      settings: {},
      detail: "all four bucket Block Public Access settings are on",
    },
    encryptionAtRest: {
      enabled: true,
      keyManager: "customer",
      algorithm: "aws:kms",
      keyId: "arn:aws:kms:us-east-1:111122223333:key/k",
    },
    tlsOnly: { enforced: true, detail: "statement 1 denies requests without TLS" },
    accessLogging: { enabled: true, target: "s3://logs/example/" },
    versioning: { enabled: true, detail: "versioning Enabled" },
    ...overrides,
  };
}

export function accountAsset(overrides: Partial<AccountAsset> = {}): AccountAsset {
  return {
    id: "arn:aws:iam::111122223333:root",
    provider: "aws",
    account: "111122223333",
    region: "global",
    kind: "account",
    type: "aws.account",
    name: "111122223333",
    tags: {},
    relations: [],
    raw: {},
    storagePublicAccessPrevention: {
      enforced: true,
      settings: {},
      detail: "all four account Block Public Access settings are on",
    },
    ...overrides,
  };
}
