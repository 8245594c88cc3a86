// The reader over the wire: failures become error entries with their scope, "does not exist" codes are answers,
// and every call is a listed read (the read-only guard itself: read-only-guard.test.ts).
import { GetBucketPolicyCommand, S3Client } from "@aws-sdk/client-s3";
import pLimit from "p-limit";
import { afterEach, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "../../../mocks/index.js";
import { createAwsClient } from "../../../providers/aws/clients.js";
import { AWS_OPERATIONS, isReadOperation } from "../../../providers/aws/operations.js";
import { AwsReader } from "../../../providers/aws/reader.js";
import type { CollectionError } from "../../../src/model/inventory.js";

const BUCKET = "ai-training-data";
let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function setUp(faults: Parameters<typeof startEmulator>[0]["faults"] = {}) {
  emulator = await startEmulator({
    estate: { aws: { accounts: [{ id: "111122223333", s3: { buckets: [{ Name: BUCKET }] } }] } },
    faults,
  });
  const errors: CollectionError[] = [];
  const reader = new AwsReader(pLimit(2), errors, () => "111122223333", AWS_OPERATIONS);
  const client = createAwsClient(
    S3Client,
    { concurrency: 2, maxAttempts: 2, endpoint: emulator.endpoint },
    "us-east-1",
    { forcePathStyle: true },
  );
  return { errors, reader, client };
}

describe("AwsReader", () => {
  it("lists only reads", () => {
    expect(AWS_OPERATIONS.length).toBeGreaterThan(0);
    for (const op of AWS_OPERATIONS) {
      expect(isReadOperation(op.operation), op.operation).toBe(true);
      // IAM action names may carry digits (sagemaker:DescribeAutoMLJobV2).
      expect(op.iamAction).toMatch(/^[a-z0-9-]+:[A-Za-z][A-Za-z0-9]*$/);
    }
  });

  it("records a failure as an error entry with its scope, the operation named by the SDK", async () => {
    const { errors, reader, client } = await setUp({
      accessDenied: [{ service: "s3", operation: "GetBucketPolicy" }],
    });
    const result = await reader.read("s3", client, new GetBucketPolicyCommand({ Bucket: BUCKET }), {
      region: "eu-west-1",
      resource: BUCKET,
    });
    expect(result).toEqual({ ok: false, code: "AccessDenied" });
    expect(errors).toEqual([
      expect.objectContaining({
        provider: "aws",
        account: "111122223333",
        region: "eu-west-1",
        service: "s3",
        operation: "GetBucketPolicy",
        resource: BUCKET,
        code: "AccessDenied",
      }),
    ]);
  });

  it("treats a 'does not exist' code as an answer, not a gap", async () => {
    const { errors, reader, client } = await setUp();
    const result = await reader.read("s3", client, new GetBucketPolicyCommand({ Bucket: BUCKET }), {
      region: "us-east-1",
      absentCodes: ["NoSuchBucketPolicy"],
    });
    expect(result).toEqual({ ok: true, value: null });
    expect(errors).toEqual([]);
  });
});
