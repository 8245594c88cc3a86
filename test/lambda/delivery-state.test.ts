// Delivery state per sink, over the wire (the emulator's DynamoDB and SNS, a local HTTPS webhook): a sink that
// failed still owes the alert after the other one took it, and a redelivery sends it there alone; every sink has
// an overall deadline; duplicate deliveries stay idempotent.
import { afterEach, describe, expect, it } from "vitest";
import { putBucketPolicyEvent } from "../../mocks/events/index.js";
import { BUCKET, PUBLIC_POLICY, lambdaEstate, startWorld, trainingBucket, type World } from "./support.js";

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const publicEstate = () => lambdaEstate([trainingBucket(PUBLIC_POLICY)]);
const webhookAttempt = (result: Awaited<ReturnType<World["run"]>>) =>
  result.deliveries.flatMap((d) => d.sinks).find((s) => s.sink === "webhook");

describe("delivery state per sink", () => {
  it("a webhook that failed while SNS succeeded gets the alert on redelivery, and SNS is not sent twice", async () => {
    const w = (world = await startWorld({ estate: publicEstate() }));
    w.receiver.respondWith(Array(4).fill(500));
    const event = putBucketPolicyEvent(BUCKET, PUBLIC_POLICY);

    const first = await w.run(event);
    expect(first.alerts.length).toBeGreaterThan(0);
    expect(first.alerts.every((a) => a.delivered && a.owedBy?.join() === "webhook")).toBe(true);
    expect(first.owed).toBe(first.alerts.length);
    expect(first.undelivered).toBe(0);
    expect(w.sns()).toHaveLength(1);
    expect(w.receiver.delivered()).toHaveLength(0);

    // The hook recovers; EventBridge (or Lambda's retry) delivers the same event again.
    const second = await w.run(structuredClone(event));
    expect(second.status).toBe("processed");
    expect(second.owed).toBe(0);
    expect(second.deliveries.flatMap((d) => d.sinks.map((s) => s.sink))).toEqual(["webhook"]);
    expect(w.receiver.delivered()).toHaveLength(1);
    const hook = w.receiver.delivered()[0]!.json as { text: string };
    expect(hook.text).toContain("storage.public-read");
    expect(w.sns()).toHaveLength(1);

    // Now fully delivered: a third delivery is a duplicate and sends nothing.
    const third = await w.run(structuredClone(event));
    expect(third.status).toBe("duplicate");
    expect(w.sns()).toHaveLength(1);
    expect(w.receiver.delivered()).toHaveLength(1);
  });

  it("the same event delivered twice at once alerts each sink once", async () => {
    const w = (world = await startWorld({ estate: publicEstate() }));
    const event = putBucketPolicyEvent(BUCKET, PUBLIC_POLICY);
    await Promise.all([w.run(event), w.run(structuredClone(event))]);
    const snsPublicRead = w
      .snsAlerts()
      .flat()
      .filter((a) => a.checkId === "storage.public-read");
    expect(snsPublicRead).toHaveLength(1);
    const hooked = w.receiver
      .delivered()
      .filter((r) => (r.json as { text: string }).text.includes("storage.public-read"));
    expect(hooked).toHaveLength(1);
  });
});

describe("sink deadlines", () => {
  it("a webhook that answers 200 and then trickles its body is cut off at the status line", async () => {
    const w = (world = await startWorld({ estate: publicEstate() }));
    w.receiver.misbehave("trickle");
    const started = Date.now();
    const result = await w.run(putBucketPolicyEvent(BUCKET, PUBLIC_POLICY));
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(webhookAttempt(result)).toMatchObject({ ok: true, attempts: 1 });
    expect(result.owed).toBe(0);
  });

  it("a webhook that never answers fails within the sink deadline, and still owes the alert", async () => {
    const w = (world = await startWorld({
      estate: publicEstate(),
      env: {
        AIPOSTURE_WEBHOOK_TIMEOUT_MS: "400",
        AIPOSTURE_SINK_DEADLINE_MS: "1000",
        AIPOSTURE_SINK_MAX_ATTEMPTS: "10",
      },
    }));
    w.receiver.misbehave("hang");
    const started = Date.now();
    const result = await w.run(putBucketPolicyEvent(BUCKET, PUBLIC_POLICY));
    const elapsed = Date.now() - started;
    const webhook = webhookAttempt(result)!;
    expect(webhook.ok).toBe(false);
    expect(webhook.error).toMatch(/ETIMEDOUT|deadline/);
    // Ten attempts of 400 ms would take 4 s; the deadline ends them after 1 s (plus the scan itself).
    expect(webhook.attempts).toBeLessThan(10);
    expect(elapsed).toBeLessThan(6_000);
    expect(result.owed).toBeGreaterThan(0);
  });

  it("an SNS Publish that never answers fails within the sink deadline while the webhook delivers", async () => {
    const w = (world = await startWorld({
      estate: publicEstate(),
      faults: { hang: [{ service: "sns", operation: "Publish" }] },
      env: { AIPOSTURE_SINK_DEADLINE_MS: "1000" },
    }));
    const started = Date.now();
    const result = await w.run(putBucketPolicyEvent(BUCKET, PUBLIC_POLICY));
    const sns = result.deliveries.flatMap((d) => d.sinks).find((s) => s.sink === "sns")!;
    expect(sns.ok).toBe(false);
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(w.receiver.delivered()).toHaveLength(1);
    expect(result.alerts.every((a) => a.delivered && a.owedBy?.join() === "sns")).toBe(true);
  });
});
