import { GetBucketAclCommand, GetBucketPolicyCommand, ListBucketsCommand } from "@aws-sdk/client-s3";
import { GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import { afterEach, describe, expect, it } from "vitest";
import { startEmulator } from "../../mocks/index.js";
import type { Emulator, EstateInput, FaultsInput } from "../../mocks/index.js";
import { FaultEngine } from "../../mocks/faults/engine.js";
import { faultsSchema } from "../../mocks/estate/schema.js";
import { s3, sdkError, sts } from "./helpers.js";

const estate: EstateInput = {
  aws: {
    accounts: [
      {
        id: "111122223333",
        s3: {
          buckets: [
            { Name: "ai-training", Policy: { Version: "2012-10-17", Statement: [] } },
            { Name: "ai-secret-keys", Policy: { Version: "2012-10-17", Statement: [] } },
            { Name: "broken-acl" },
          ],
        },
      },
    ],
  },
};
let emu: Emulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

const start = async (faults: FaultsInput): Promise<Emulator> =>
  (emu = await startEmulator({ estate, faults }));

describe("throttling", () => {
  it("fails the first N attempts per resource with 503 SlowDown and Retry-After", async () => {
    const e = await start({
      throttle: [{ service: "s3", operation: "GetBucketPolicy", resource: "ai-*", firstAttempts: 2 }],
    });
    const err = await sdkError(s3(e).send(new GetBucketPolicyCommand({ Bucket: "ai-training" })));
    expect(err).toMatchObject({ name: "SlowDown", status: 503 });
    const response = (err.error as unknown as { $response?: { headers: Record<string, string> } }).$response;
    expect(response?.headers["retry-after"]).toBe("1");
  });

  it("is recovered by the SDK's adaptive retries", async () => {
    // Retry-After is a floor for the SDK; 0 leaves the wait to its own jittered throttling backoff (500 ms base).
    const rule = {
      service: "s3",
      operation: "GetBucketPolicy",
      resource: "ai-*",
      firstAttempts: 2,
      retryAfterSeconds: 0,
    };
    const e = await start({ throttle: [rule] });
    const client = s3(e, "us-east-1", { retryMode: "adaptive", maxAttempts: 5 });
    const out = await client.send(new GetBucketPolicyCommand({ Bucket: "ai-training" }));
    expect(out.$metadata.attempts).toBe(3);
    expect(e.calls()["s3:GetBucketPolicy"]).toBe(3);
    // Each resource has its own storm; other operations are untouched.
    await expect(client.send(new GetBucketAclCommand({ Bucket: "ai-training" }))).resolves.toBeDefined();
  });

  it("answers STS throttling with its own code: 400 Throttling", async () => {
    const e = await start({ throttle: [{ service: "sts", firstAttempts: 1 }] });
    expect(await sdkError(sts(e).send(new GetCallerIdentityCommand({})))).toMatchObject({
      name: "Throttling",
      status: 400,
    });
  });

  it("fails a seeded fraction of requests, the same ones for the same seed", () => {
    const run = () => {
      const engine = new FaultEngine(faultsSchema.parse({ throttle: [{ rate: 0.3, seed: 7 }] }));
      return Array.from({ length: 200 }, () => engine.decide("s3", "GetBucketAcl", "b").kind);
    };
    const first = run();
    expect(run()).toEqual(first);
    const throttled = first.filter((k) => k === "throttle").length;
    expect(throttled).toBeGreaterThan(40);
    expect(throttled).toBeLessThan(80);
  });

  it("rate-limits with a token bucket per second", () => {
    let now = 0;
    const engine = new FaultEngine(
      faultsSchema.parse({ throttle: [{ operation: "ListBuckets", perSecond: 5 }] }),
      () => now,
    );
    const burst = Array.from({ length: 7 }, () => engine.decide("s3", "ListBuckets", "").kind);
    expect(burst.filter((k) => k === "throttle")).toHaveLength(2);
    now += 400; // 2 tokens refill
    const after = Array.from({ length: 3 }, () => engine.decide("s3", "ListBuckets", "").kind);
    expect(after).toEqual(["none", "none", "throttle"]);
  });

  it("applies the rate limit on the wire", async () => {
    const e = await start({ throttle: [{ operation: "ListBuckets", perSecond: 1 }] });
    await s3(e).send(new ListBucketsCommand({}));
    expect((await sdkError(s3(e).send(new ListBucketsCommand({})))).name).toBe("SlowDown");
  });
});

describe("other faults", () => {
  it("denies the chosen operation on matching resources only", async () => {
    const e = await start({
      accessDenied: [{ service: "s3", operation: "GetBucketPolicy", resource: "ai-secret-*" }],
    });
    expect(
      await sdkError(s3(e).send(new GetBucketPolicyCommand({ Bucket: "ai-secret-keys" }))),
    ).toMatchObject({
      name: "AccessDenied",
      status: 403,
    });
    await expect(s3(e).send(new GetBucketPolicyCommand({ Bucket: "ai-training" }))).resolves.toBeDefined();
  });

  it("sends a 200 with a truncated body that the SDK cannot deserialize", async () => {
    const e = await start({
      malformed: [{ service: "s3", operation: "GetBucketAcl", resource: "broken-*" }],
    });
    const err = await sdkError(s3(e).send(new GetBucketAclCommand({ Bucket: "broken-acl" })));
    expect(err.status).toBe(200);
    expect(err.error.message).toMatch(/Deserialization error|XML parse error/);
  });

  it("delays replies by latencyMs", async () => {
    const e = (emu = await startEmulator({ estate, latencyMs: 60 }));
    const t0 = performance.now();
    await s3(e).send(new ListBucketsCommand({}));
    expect(performance.now() - t0).toBeGreaterThanOrEqual(55);
  });

  it("merges option faults over the estate's", async () => {
    const e = (emu = await startEmulator({
      estate: { ...estate, faults: { accessDenied: [{ operation: "GetBucketAcl" }] } },
      faults: { accessDenied: [{ operation: "GetBucketPolicy" }] },
    }));
    expect((await sdkError(s3(e).send(new GetBucketAclCommand({ Bucket: "ai-training" })))).name).toBe(
      "AccessDenied",
    );
    expect((await sdkError(s3(e).send(new GetBucketPolicyCommand({ Bucket: "ai-training" })))).name).toBe(
      "AccessDenied",
    );
  });
});

describe("server errors, resets and slow replies", () => {
  it("answers 500 InternalError and 503 ServiceUnavailable in the service's shape", async () => {
    const e = await start({
      serverError: [
        { service: "s3", operation: "GetBucketAcl" },
        { service: "s3", operation: "GetBucketPolicy", status: 503 },
      ],
    });
    const client = s3(e, "us-east-1", { maxAttempts: 1 });
    expect(await sdkError(client.send(new GetBucketAclCommand({ Bucket: "ai-training" })))).toMatchObject({
      name: "InternalError",
      status: 500,
    });
    expect(await sdkError(client.send(new GetBucketPolicyCommand({ Bucket: "ai-training" })))).toMatchObject({
      name: "ServiceUnavailable",
      status: 503,
    });
  });

  it("closes the connection with no reply on a reset", async () => {
    const e = await start({ reset: [{ service: "s3", operation: "ListBuckets" }] });
    const error = await s3(e, "us-east-1", { maxAttempts: 1 })
      .send(new ListBucketsCommand({}))
      .then(
        () => undefined,
        (err: unknown) => err as { code?: string; name?: string },
      );
    expect(error?.code ?? error?.name).toMatch(/ECONNRESET|socket hang up|Error/);
    expect(e.calls()["s3:ListBuckets"]).toBe(1);
  });

  it("answers a slow rule's operations late and the others at once", async () => {
    const e = await start({ slow: [{ service: "s3", operation: "GetBucketAcl", ms: 150 }] });
    let t0 = performance.now();
    await s3(e).send(new GetBucketAclCommand({ Bucket: "ai-training" }));
    expect(performance.now() - t0).toBeGreaterThanOrEqual(140);
    t0 = performance.now();
    await s3(e).send(new ListBucketsCommand({}));
    expect(performance.now() - t0).toBeLessThan(140);
  });
});
