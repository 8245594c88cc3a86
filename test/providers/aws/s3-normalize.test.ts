// Bucket normalization edge cases: a setting that could not be read makes the verdict unknown, never "off".
import { describe, expect, it } from "vitest";
import { replyReader } from "../../../providers/aws/replies.js";
import { normalizeBucket } from "../../../providers/aws/s3/normalize.js";
import { emptyInventory, type InventoryRecord } from "../../../src/model/inventory.js";

const ALL_USERS_READ = {
  Owner: { ID: "owner" },
  Grants: [
    {
      Grantee: { Type: "Group", URI: "http://acs.amazonaws.com/groups/global/AllUsers" },
      Permission: "READ",
    },
  ],
};

function bucket(replies: Record<string, unknown>): InventoryRecord {
  return {
    provider: "aws",
    account: "111122223333",
    region: "us-east-1",
    service: "s3",
    resourceType: "aws.s3.bucket",
    resourceId: "arn:aws:s3:::b",
    name: "b",
    replies: {
      GetBucketPolicy: null,
      GetBucketAcl: ALL_USERS_READ,
      GetPublicAccessBlock: null,
      GetBucketEncryption: null,
      GetBucketLogging: {},
      GetBucketVersioning: {},
      GetBucketTagging: null,
      GetBucketOwnershipControls: null,
      ...replies,
    },
  };
}

function normalize(record: InventoryRecord) {
  const inventory = emptyInventory();
  inventory.records.push(record);
  return normalizeBucket(record, replyReader(inventory), null);
}

describe("normalizeBucket", () => {
  it("reads a public ACL as public when ownership controls say ACLs are in force", () => {
    expect(normalize(bucket({})).publicAcl).toMatchObject({ public: true });
  });

  it("masks the ACL when Object Ownership is BucketOwnerEnforced", () => {
    const record = bucket({
      GetBucketOwnershipControls: { Rules: [{ ObjectOwnership: "BucketOwnerEnforced" }] },
    });
    expect(normalize(record).publicAcl).toMatchObject({ public: false });
  });

  it("cannot tell whether a public ACL applies when ownership controls were not read", () => {
    const { GetBucketOwnershipControls: _omit, ...rest } = bucket({}).replies;
    const record = { ...bucket({}), replies: rest };
    expect(normalize(record).publicAcl).toMatchObject({ unknown: true });
  });

  it("cannot tell whether TLS is required when the policy is not valid JSON", () => {
    expect(normalize(bucket({ GetBucketPolicy: "{ not json" })).tlsOnly).toMatchObject({ unknown: true });
  });
});
