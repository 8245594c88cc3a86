// The read-only guarantee: the reader refuses any command that is not in the one list of read operations,
// records failures as error entries, and treats "does not exist" codes as answers.
import { GetBucketPolicyCommand, PutBucketPolicyCommand } from "@aws-sdk/client-s3";
import pLimit from "p-limit";
import { describe, expect, it } from "vitest";
import { AWS_OPERATIONS, isReadOperation } from "../../../providers/aws/operations.js";
import { AwsReader } from "../../../providers/aws/reader.js";
import type { CollectionError } from "../../../src/model/inventory.js";

function reader(errors: CollectionError[] = []) {
  return new AwsReader(pLimit(2), errors, () => "111122223333", AWS_OPERATIONS);
}

describe("AwsReader", () => {
  it("lists only reads", () => {
    expect(AWS_OPERATIONS.length).toBeGreaterThan(0);
    for (const op of AWS_OPERATIONS) {
      expect(isReadOperation(op.operation), op.operation).toBe(true);
      expect(op.iamAction).toMatch(/^[a-z0-9-]+:[A-Za-z]+$/);
    }
  });

  it("refuses a write command before it reaches the client", async () => {
    const client = { send: async () => ({}) };
    await expect(
      reader().read("s3", client, new PutBucketPolicyCommand({ Bucket: "b", Policy: "{}" }), {
        region: "us-east-1",
      }),
    ).rejects.toThrow(/PutBucketPolicy is not in the list of read operations/);
  });

  it("records a failure as an error entry with its scope", async () => {
    const errors: CollectionError[] = [];
    const denied = Object.assign(new Error("Access Denied"), { name: "AccessDenied" });
    const client = { send: async () => Promise.reject(denied) };
    const result = await reader(errors).read("s3", client, new GetBucketPolicyCommand({ Bucket: "b" }), {
      region: "eu-west-1",
      resource: "b",
    });
    expect(result).toEqual({ ok: false, code: "AccessDenied" });
    expect(errors).toEqual([
      {
        provider: "aws",
        account: "111122223333",
        region: "eu-west-1",
        service: "s3",
        operation: "GetBucketPolicy",
        resource: "b",
        code: "AccessDenied",
        message: "Access Denied",
      },
    ]);
  });

  it("treats a 'does not exist' code as an answer, not a gap", async () => {
    const errors: CollectionError[] = [];
    const missing = Object.assign(new Error("The bucket policy does not exist"), {
      name: "NoSuchBucketPolicy",
    });
    const client = { send: async () => Promise.reject(missing) };
    const result = await reader(errors).read("s3", client, new GetBucketPolicyCommand({ Bucket: "b" }), {
      region: "us-east-1",
      absentCodes: ["NoSuchBucketPolicy"],
    });
    expect(result).toEqual({ ok: true, value: null });
    expect(errors).toEqual([]);
  });
});
