// Failing sinks: retried (SDK retries for SNS, a bounded backoff loop for the webhook), reported in the result,
// never silently dropped — and the dedupe state never records an alert that reached no sink.
import { afterEach, describe, expect, it } from "vitest";
import { putBucketPolicyEvent } from "../../mocks/events/index.js";
import type { Estate } from "../../mocks/index.js";
import { AlertDeliveryError } from "../../runtimes/aws-lambda/main.js";
import { BUCKET, PUBLIC_POLICY, lambdaEstate, startWorld, trainingBucket, type World } from "./support.js";

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const publicEstate = () => lambdaEstate([trainingBucket(PUBLIC_POLICY)]);

/** Deletes the alert topic (SNS then answers NotFound); returns what to put back. */
function removeTopic(w: World) {
  let before: Estate["aws"]["accounts"][number]["sns"];
  w.emu.mutateEstate((e) => {
    before = e.aws.accounts[0]!.sns;
    e.aws.accounts[0]!.sns = { Topics: [] };
  });
  return before;
}

describe("sink failures", () => {
  it("retries a webhook answering 500 twice, then delivers once", async () => {
    const w = (world = await startWorld({ estate: publicEstate() }));
    w.receiver.respondWith([500, 500]);
    const result = await w.run(putBucketPolicyEvent(BUCKET, PUBLIC_POLICY));
    const webhook = result.deliveries[0]!.sinks.find((s) => s.sink === "webhook")!;
    expect(webhook).toMatchObject({ ok: true, attempts: 3 });
    expect(w.receiver.received().map((r) => r.status)).toEqual([500, 500, 200]);
    expect(w.receiver.delivered()).toHaveLength(1);
    expect(result.undelivered).toBe(0);
  });

  it("retries SNS through throttling with the SDK's own retries", async () => {
    const w = (world = await startWorld({
      estate: publicEstate(),
      faults: {
        throttle: [{ service: "sns", operation: "Publish", firstAttempts: 2, retryAfterSeconds: 0 }],
      },
    }));
    const result = await w.run(putBucketPolicyEvent(BUCKET, PUBLIC_POLICY));
    const sns = result.deliveries[0]!.sinks.find((s) => s.sink === "sns")!;
    expect(sns).toMatchObject({ ok: true, attempts: 3 });
    expect(w.emu.calls()["sns:Publish"]).toBe(3);
    expect(w.sns()).toHaveLength(1);
  });

  it("reports a sink that stays down while the other delivers: the alert counts as sent, and that sink owes it", async () => {
    const w = (world = await startWorld({ estate: publicEstate() }));
    w.receiver.respondWith([503, 503, 503, 503, 503]);
    const result = await w.run(putBucketPolicyEvent(BUCKET, PUBLIC_POLICY));
    const [sns, webhook] = ["sns", "webhook"].map((n) =>
      result.deliveries[0]!.sinks.find((s) => s.sink === n)!,
    );
    expect(sns).toMatchObject({ ok: true });
    expect(webhook).toMatchObject({ ok: false, attempts: 4, error: "HTTP 503" });
    expect(result.undelivered).toBe(0);
    expect(result.owed).toBe(result.alerts.length);
    expect(w.logs.some((l) => l.msg === "sink failed" && l.sink === "webhook")).toBe(true);
  });

  it("does not retry a webhook answering 404 (a deleted hook will not come back)", async () => {
    const w = (world = await startWorld({ estate: publicEstate() }));
    w.receiver.respondWith([404]);
    const result = await w.run(putBucketPolicyEvent(BUCKET, PUBLIC_POLICY));
    expect(result.deliveries[0]!.sinks.find((s) => s.sink === "webhook")).toMatchObject({
      ok: false,
      attempts: 1,
    });
  });

  it("keeps the alert owed when every sink fails, and delivers it on the redelivery", async () => {
    const w = (world = await startWorld({ estate: publicEstate() }));
    const topics = w.emu.runtime.slot("test:topics", () => removeTopic(w));
    w.receiver.respondWith(Array(8).fill(500));
    const event = putBucketPolicyEvent(BUCKET, PUBLIC_POLICY);
    const failed = await w.run(event);
    expect(failed.undelivered).toBe(failed.alerts.length);
    expect(failed.alerts.every((a) => !a.delivered)).toBe(true);
    expect(failed.deliveries[0]!.sinks.map((s) => [s.sink, s.ok])).toEqual([
      ["sns", false],
      ["webhook", false],
    ]);
    expect(failed.deliveries[0]!.sinks[0]!.error).toContain("NotFound");
    // Nothing recorded as alerted, no claim left behind, the event not marked handled.
    const items = w.stateItems();
    expect(items.filter((i) => (i as { state?: unknown }).state !== undefined)).toEqual([]);
    expect(items.filter((i) => (i as { pendingToken?: unknown }).pendingToken !== undefined)).toEqual([]);
    expect(items.some((i) => JSON.stringify(i).includes(`event#${event.id}`))).toBe(false);

    // The sinks recover; EventBridge redelivers the same event: the alert goes out now.
    w.receiver.reset();
    w.emu.mutateEstate((e) => void (e.aws.accounts[0]!.sns = topics));
    const retried = await w.run(structuredClone(event));
    expect(retried.status).toBe("processed");
    expect(retried.alerts.map((a) => [a.checkId, a.delivered])).toEqual(
      failed.alerts.map((a) => [a.checkId, true]),
    );
    expect(w.sns()).toHaveLength(1);
    expect(w.receiver.delivered()).toHaveLength(1);
  });

  it("makes the Lambda invocation fail when an alert reached no sink, so Lambda retries it", async () => {
    const w = (world = await startWorld({ estate: publicEstate(), webhook: false }));
    removeTopic(w);
    const { handler } = await import("../../runtimes/aws-lambda/main.js");
    process.env.AIPOSTURE_STATE_TABLE = "aiposture-alert-state";
    process.env.AIPOSTURE_SNS_TOPIC_ARN = `arn:aws:sns:us-east-1:111122223333:aiposture-alerts`;
    process.env.AIPOSTURE_ENDPOINT = w.emu.endpoint;
    process.env.AIPOSTURE_REGIONS = "us-east-1";
    process.env.AWS_REGION = "us-east-1";
    process.env.AIPOSTURE_SINK_MAX_ATTEMPTS = "1";
    try {
      const error = await handler(putBucketPolicyEvent(BUCKET, PUBLIC_POLICY)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AlertDeliveryError);
      expect((error as AlertDeliveryError).result.undelivered).toBeGreaterThan(0);
    } finally {
      for (const k of [
        "AIPOSTURE_STATE_TABLE",
        "AIPOSTURE_SNS_TOPIC_ARN",
        "AIPOSTURE_ENDPOINT",
        "AIPOSTURE_REGIONS",
        "AIPOSTURE_SINK_MAX_ATTEMPTS",
      ])
        delete process.env[k];
    }
  });
});

describe("secrets", () => {
  it("never shows the webhook URL's token in results, logs or errors", async () => {
    const w = (world = await startWorld({ estate: publicEstate() }));
    removeTopic(w);
    w.receiver.respondWith(Array(8).fill(500));
    const result = await w.run(putBucketPolicyEvent(BUCKET, PUBLIC_POLICY));
    await w.receiver.close();
    // A hook that is gone: connection refused, an error that could have echoed the URL.
    const second = await w.run(putBucketPolicyEvent(BUCKET, PUBLIC_POLICY));
    const everything = JSON.stringify([result, second, w.logs]);
    expect(everything).not.toContain(w.receiver.token);
    expect(everything).toContain("ECONNREFUSED");
    expect(second.undelivered).toBeGreaterThan(0);
  });
});
