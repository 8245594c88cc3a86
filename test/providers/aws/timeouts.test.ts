// An operation that never answers ends as a timed-out, retried, recorded error (a coverage gap naming the
// operation), never a scan that never ends. The emulator's hang fault reads the request and never replies.
import { afterEach, describe, expect, it } from "vitest";
import { ALL_CHECKS } from "../../../checks/index.js";
import { startEmulator, type Emulator } from "../../../mocks/index.js";
import { awsProvider } from "../../../providers/aws/index.js";
import { assess } from "../../../src/engine/scan.js";
import { findingFor } from "../../support/scan.js";
import { collectWith } from "../../support/collect.js";

const HUNG = "ai-training-hung";
const FINE = "ai-training-fine";
const PUBLIC_POLICY = (bucket: string) => ({
  Version: "2012-10-17",
  Statement: [
    { Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: `arn:aws:s3:::${bucket}/*` },
  ],
});

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

describe("AWS request timeouts", () => {
  it("a hung GetBucketPolicy is retried, then recorded as a gap for that bucket; the scan goes on", async () => {
    emulator = await startEmulator({
      estate: {
        aws: {
          accounts: [
            {
              id: "111122223333",
              s3: {
                buckets: [
                  { Name: HUNG, Policy: PUBLIC_POLICY(HUNG) },
                  { Name: FINE, Policy: PUBLIC_POLICY(FINE) },
                ],
              },
            },
          ],
        },
      },
      faults: { hang: [{ service: "s3", operation: "GetBucketPolicy", resource: HUNG }] },
    });
    const started = performance.now();
    const inventory = await collectWith([awsProvider], {
      endpoint: emulator.endpoint,
      concurrency: 4,
      maxAttempts: 3,
      requestTimeoutMs: 400,
    });
    const seconds = (performance.now() - started) / 1000;
    const { report } = assess(inventory, [awsProvider], ALL_CHECKS, new Date().toISOString(), "test");

    expect(inventory.errors).toEqual([
      expect.objectContaining({
        service: "s3",
        operation: "GetBucketPolicy",
        resource: HUNG,
        code: "TimeoutError",
      }),
    ]);
    // Every attempt went out and timed out: the SDK retried it like any transient failure.
    expect(emulator.calls()["s3:GetBucketPolicy"]).toBe(3 + 1);
    expect(findingFor(report, "storage.public-read", HUNG)?.status).toBe("unknown");
    expect(findingFor(report, "storage.public-read", FINE)?.status).toBe("fail");
    // 3 attempts of 0.4 s plus the SDK's backoff: bounded, far from "never".
    expect(seconds).toBeLessThan(10);
  });
});
