// The read-only guard is SDK middleware on every client the tool builds: a command that is not a listed read,
// or that is sent outside AwsReader, never leaves the process, whatever the bundler did to class names. The
// emulator records every write it receives, so "nothing left" is observable.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { DeleteTableCommand, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import {
  DeleteBucketCommand,
  GetBucketPolicyCommand,
  ListBucketsCommand,
  PutBucketPolicyCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { ListEndpointsCommand } from "@aws-sdk/client-sagemaker";
import { CreateTopicCommand, SNSClient } from "@aws-sdk/client-sns";
import pLimit from "p-limit";
import { afterEach, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "../../../mocks/index.js";
import { awsClientConfig, createAwsClient } from "../../../providers/aws/clients.js";
import { AWS_OPERATIONS } from "../../../providers/aws/operations.js";
import { AwsReader } from "../../../providers/aws/reader.js";
import { UnlistedOperationError } from "../../../providers/aws/read-guard.js";
import { SnsSink } from "../../../runtimes/aws-lambda/sinks/sns.js";
import { DynamoAlertState } from "../../../runtimes/aws-lambda/state-dynamodb.js";
import type { CollectionError } from "../../../src/model/inventory.js";

const BUCKET = "ai-training-data";
let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function setUp() {
  emulator = await startEmulator({
    estate: { aws: { accounts: [{ id: "111122223333", s3: { buckets: [{ Name: BUCKET }] } }] } },
  });
  const options = { concurrency: 2, maxAttempts: 1, endpoint: emulator.endpoint };
  const errors: CollectionError[] = [];
  return {
    emu: emulator,
    options,
    errors,
    reader: new AwsReader(pLimit(2), errors, () => "111122223333", AWS_OPERATIONS),
    s3: createAwsClient(S3Client, options, "us-east-1", { forcePathStyle: true }),
  };
}

describe("the read-only guard (SDK middleware)", () => {
  it("refuses an unlisted write sent straight through a client the tool built: nothing reaches the cloud", async () => {
    const { emu, s3 } = await setUp();
    await expect(s3.send(new PutBucketPolicyCommand({ Bucket: BUCKET, Policy: "{}" }))).rejects.toThrow(
      UnlistedOperationError,
    );
    await expect(s3.send(new DeleteBucketCommand({ Bucket: BUCKET }))).rejects.toThrow(
      /S3Client DeleteBucket was sent outside AwsReader/,
    );
    expect(emu.writesAttempted()).toEqual([]);
    expect(emu.calls()).toEqual({});
  });

  it("refuses an unlisted write sent through the reader, before it leaves the process", async () => {
    const { emu, reader, s3, errors } = await setUp();
    await expect(
      reader.read("s3", s3, new PutBucketPolicyCommand({ Bucket: BUCKET, Policy: "{}" }), {
        region: "us-east-1",
      }),
    ).rejects.toThrow(/S3Client PutBucketPolicy is not in the list of read operations/);
    expect(emu.writesAttempted()).toEqual([]);
    expect(emu.calls()).toEqual({});
    // A refused command is a bug in aiposture, not a coverage gap in the cloud.
    expect(errors).toEqual([]);
  });

  it("refuses even a listed read sent outside the reader (unbounded, unrecorded)", async () => {
    const { emu, s3 } = await setUp();
    await expect(s3.send(new ListBucketsCommand({}))).rejects.toThrow(/sent outside AwsReader/);
    expect(emu.calls()).toEqual({});
  });

  it("refuses a command of another client than the one the reader was told", async () => {
    const { emu, reader, s3 } = await setUp();
    // The SDK's context names the command's own client, whatever the caller claims.
    await expect(
      reader.read("s3", s3, new ListEndpointsCommand({}), { region: "us-east-1" }),
    ).rejects.toThrow(/SageMakerClient ListEndpoints is not a command of s3/);
    expect(emu.calls()).toEqual({});
  });

  it("refuses a client the tool did not build (no guard on it)", async () => {
    const { emu, reader, options } = await setUp();
    const bare = new S3Client({ ...awsClientConfig(options, "us-east-1"), forcePathStyle: true });
    await expect(
      reader.read("s3", bare, new GetBucketPolicyCommand({ Bucket: BUCKET }), { region: "us-east-1" }),
    ).rejects.toThrow(/not built by createAwsClient/);
    expect(emu.calls()).toEqual({});
  });

  it("lets a listed read through and names it from the SDK's context", async () => {
    const { emu, reader, s3, errors } = await setUp();
    const result = await reader.read<{ Buckets?: { Name?: string }[] }>(
      "s3",
      s3,
      new ListBucketsCommand({}),
      {
        region: "us-east-1",
      },
    );
    expect(result.ok && result.value?.Buckets?.map((b) => b.Name)).toEqual([BUCKET]);
    expect(errors).toEqual([]);
    expect(emu.calls()).toEqual({ "s3:ListBuckets": 1 });
  });

  it("every AWS client in providers/aws is built by createAwsClient", () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith(".ts") && name !== "clients.ts") {
          readFileSync(path, "utf8")
            .split("\n")
            .forEach((line, i) => {
              if (/new [A-Z][A-Za-z0-9]*Client\(/.test(line)) offenders.push(`${path}:${i + 1}`);
            });
        }
      }
    };
    walk(join(import.meta.dirname, "../../../providers/aws"));
    expect(offenders).toEqual([]);
  });
});

describe("the Lambda's own-operations guard (SDK middleware)", () => {
  it("the SNS sink's and the state store's clients refuse anything but the Lambda's own operations", async () => {
    const { emu, options } = await setUp();
    const sns = new SNSClient(awsClientConfig(options, "us-east-1"));
    new SnsSink(sns, "arn:aws:sns:us-east-1:111122223333:alerts");
    await expect(sns.send(new CreateTopicCommand({ Name: "x" }))).rejects.toThrow(
      /SNSClient CreateTopic is not in the Lambda's own operations/,
    );
    const ddb = new DynamoDBClient(awsClientConfig(options, "us-east-1"));
    new DynamoAlertState({ client: ddb, table: "state", leaseSeconds: 60, eventTtlDays: 1 });
    await expect(ddb.send(new DeleteTableCommand({ TableName: "state" }))).rejects.toThrow(
      /DynamoDBClient DeleteTable is not in the Lambda's own operations/,
    );
    expect(emu.writesAttempted()).toEqual([]);
    expect(emu.calls()).toEqual({});
  });
});
