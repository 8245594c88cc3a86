// Throttling at scale: every client of one service endpoint shares one retry budget, and sustained throttling
// is answered by backoff within the attempt bound, never by abandoning reads when the quota drains.
import { S3Client } from "@aws-sdk/client-s3";
import { afterEach, describe, expect, it } from "vitest";
import { generateEstate, startEmulator, type Emulator } from "../../../mocks/index.js";
import { awsClientConfig } from "../../../providers/aws/clients.js";
import { awsProvider } from "../../../providers/aws/index.js";
import {
  endpointRetryStrategy,
  joinRetryBudgets,
  resetRetryBudgets,
  shareRetryBudgets,
} from "../../../providers/aws/retry-budget.js";
import { collectWith } from "../../support/collect.js";

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

describe("the endpoint retry budget", () => {
  it("is one strategy per service and region, shared by every client and account of the scan", () => {
    const options = { concurrency: 1, maxAttempts: 8, endpoint: "http://127.0.0.1:1" };
    const a = awsClientConfig(options, "us-east-1", S3Client.name).retryStrategy;
    expect(awsClientConfig(options, "us-east-1", S3Client.name).retryStrategy).toBe(a);
    expect(awsClientConfig(options, "eu-west-1", S3Client.name).retryStrategy).not.toBe(a);
    expect(awsClientConfig(options, "us-east-1", "SageMakerClient").retryStrategy).not.toBe(a);
  });

  it("is one quota across worker threads: what one thread's retries spend, another's cannot spend again", async () => {
    const buffer = shareRetryBudgets();
    const here = endpointRetryStrategy("S3Client", "us-east-1", "http://127.0.0.1:1", 8);
    const first = await here.acquireInitialRetryToken("s3");
    // Transient retries drain the SDK's quota (500 tokens, 14 a retry) within 60.
    const spent = await Promise.allSettled(
      Array.from({ length: 60 }, () => here.refreshRetryTokenForRetry(first, { errorType: "TRANSIENT" })),
    );
    expect(spent.filter((s) => s.status === "rejected").length).toBeGreaterThan(0);
    joinRetryBudgets(buffer); // a worker's view: its own strategy object on the same shared cell
    const there = endpointRetryStrategy("S3Client", "us-east-1", "http://127.0.0.1:1", 8);
    expect(there).not.toBe(here);
    const token = await there.acquireInitialRetryToken("s3");
    await expect(there.refreshRetryTokenForRetry(token, { errorType: "TRANSIENT" })).rejects.toThrow(
      /No retry token/,
    );
    // Another endpoint's quota is untouched.
    const other = endpointRetryStrategy("S3Client", "eu-west-1", "http://127.0.0.1:1", 8);
    await expect(
      other.refreshRetryTokenForRetry(await other.acquireInitialRetryToken("s3"), { errorType: "TRANSIENT" }),
    ).resolves.toBeDefined();
    resetRetryBudgets();
  });

  it("30 % of every call throttled on 150 buckets: no read abandoned", async () => {
    emulator = await startEmulator({
      estate: generateEstate({ buckets: 150, seed: 3 }),
      faults: { throttle: [{ rate: 0.3, seed: 5, retryAfterSeconds: 0 }] },
    });
    const inventory = await collectWith([awsProvider], {
      endpoint: emulator.endpoint,
      concurrency: 16,
      maxAttempts: 5,
      regions: ["us-east-1"],
    });
    expect(inventory.errors).toEqual([]);
    // The buckets of the region scanned (the generated estate spreads them over regions).
    expect(inventory.records.filter((r) => r.resourceType === "aws.s3.bucket").length).toBeGreaterThan(20);
  }, 60_000);
});
