// The alert handler end to end against the emulator: real SDK clients for the scan, SNS and DynamoDB; the
// real HTTPS webhook sink against a local receiver. Each test asserts what people would receive.
import { afterEach, describe, expect, it } from "vitest";
import { forBucket, loadEvent, putBucketPolicyEvent, withNewId } from "../../mocks/events/index.js";
import type { Estate } from "../../mocks/index.js";
import {
  BUCKET,
  PRIVATE_POLICY,
  PUBLIC_POLICY,
  lambdaEstate,
  startWorld,
  trainingBucket,
  type World,
} from "./support.js";
import { s3Estate } from "../../providers/aws/s3/emulator/estate.js";

const ALL_BLOCKED = {
  BlockPublicAcls: true,
  IgnorePublicAcls: true,
  BlockPublicPolicy: true,
  RestrictPublicBuckets: true,
};

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

function setPolicy(w: World, policy: object): void {
  w.emu.mutateEstate((estate: Estate) => {
    const bucket = s3Estate.of(estate.aws.accounts[0]!).buckets.find((b) => b.Name === BUCKET)!;
    bucket.Policy = policy as never;
  });
}

describe("CloudTrail PutBucketPolicy (acceptance)", () => {
  it("alerts once when a bucket is made public, not on the repeat, and once when it is fixed", async () => {
    const w = (world = await startWorld());
    // Baseline: the schedule alerts what is already wrong (no Block Public Access anywhere).
    const baseline = await w.run(loadEvent("scheduled/scheduled-event"));
    expect(baseline.alerts.map((a) => a.checkId)).toEqual(
      expect.arrayContaining(["account.s3-block-public-access", "storage.public-access-prevention"]),
    );
    expect(baseline.alerts.map((a) => a.checkId)).not.toContain("storage.public-read");
    w.emu.resetStats();
    w.receiver.reset();
    const snsBefore = w.sns().length;

    // Someone makes the bucket public.
    setPolicy(w, PUBLIC_POLICY);
    const opened = await w.run(putBucketPolicyEvent(BUCKET, PUBLIC_POLICY));
    expect(opened.status).toBe("processed");
    expect(opened.targets).toEqual([
      {
        service: "s3",
        region: "us-east-1",
        name: BUCKET,
        resourceId: `arn:aws:s3:::${BUCKET}`,
        recollection: "resource",
      },
    ]);
    expect(opened.alerts).toEqual([
      expect.objectContaining({
        kind: "opened",
        checkId: "storage.public-read",
        severity: "high",
        delivered: true,
      }),
    ]);
    // Exactly one message on each sink, about exactly that.
    expect(w.sns().length - snsBefore).toBe(1);
    expect(w.snsAlerts().at(-1)).toEqual([
      expect.objectContaining({
        kind: "opened",
        checkId: "storage.public-read",
        resource: expect.objectContaining({ name: BUCKET }),
      }),
    ]);
    expect(w.receiver.delivered()).toHaveLength(1);
    const hook = w.receiver.delivered()[0]!.json as { text: string; blocks: unknown[]; sections: unknown[] };
    expect(hook.text).toContain("storage.public-read");
    expect(hook.text).toContain(BUCKET);
    expect(hook.blocks.length).toBe(2);
    expect(hook.sections.length).toBe(1);
    // Only that bucket (and its default key, and Macie's view of its region) was re-read: no listing of the
    // account, no other service.
    const calls = w.emu.calls();
    expect(calls["s3:ListBuckets"]).toBeUndefined();
    expect(calls["macie2:GetMacieSession"]).toBe(1);
    expect(Object.keys(calls).every((k) => /^(s3|s3control|sts|sns|dynamodb|kms|macie2):/.test(k))).toBe(
      true,
    );

    // The same change again (a new CloudTrail event): nothing new to say.
    const repeat = await w.run(putBucketPolicyEvent(BUCKET, PUBLIC_POLICY));
    expect(repeat.status).toBe("processed");
    expect(repeat.alerts).toEqual([]);
    expect(w.sns().length - snsBefore).toBe(1);
    expect(w.receiver.received()).toHaveLength(1);

    // Fixed: one resolution.
    setPolicy(w, PRIVATE_POLICY);
    const fixed = await w.run(putBucketPolicyEvent(BUCKET, PRIVATE_POLICY));
    expect(fixed.alerts).toEqual([
      expect.objectContaining({ kind: "resolved", checkId: "storage.public-read", delivered: true }),
    ]);
    expect(w.sns().length - snsBefore).toBe(2);
    expect(w.snsAlerts().at(-1)).toEqual([
      expect.objectContaining({ kind: "resolved", checkId: "storage.public-read" }),
    ]);
    expect(w.receiver.delivered()).toHaveLength(2);
    expect((w.receiver.delivered()[1]!.json as { text: string }).text).toContain("RESOLVED");

    // And fixed again: the resolution is not repeated.
    const again = await w.run(putBucketPolicyEvent(BUCKET, PRIVATE_POLICY));
    expect(again.alerts).toEqual([]);
    expect(w.sns().length - snsBefore).toBe(2);
    // The scanner stayed read-only; the only writes were the Lambda's own.
    expect(w.emu.writesAttempted()).toEqual([]);
    expect(new Set(w.emu.writesAccepted().map((x) => x.split(" ")[0]))).toEqual(
      new Set(["sns:Publish", "dynamodb:UpdateItem", "dynamodb:PutItem"]),
    );
  });
});

describe("deliveries", () => {
  it("alerts once for a duplicate delivery of the same event, without re-reading the cloud", async () => {
    const w = (world = await startWorld());
    setPolicy(w, PUBLIC_POLICY);
    const event = putBucketPolicyEvent(BUCKET, PUBLIC_POLICY);
    const first = await w.run(event);
    expect(first.alerts.filter((a) => a.delivered).length).toBeGreaterThan(0);
    const messages = w.sns().length;
    w.emu.resetStats();
    const second = await w.run(structuredClone(event));
    expect(second.status).toBe("duplicate");
    expect(second.alerts).toEqual([]);
    expect(w.sns().length).toBe(messages);
    expect(Object.keys(w.emu.calls())).toEqual(["dynamodb:GetItem"]);
  });

  it("alerts once when the same event is delivered twice at the same time", async () => {
    const w = (world = await startWorld());
    setPolicy(w, PUBLIC_POLICY);
    const event = putBucketPolicyEvent(BUCKET, PUBLIC_POLICY);
    const [a, b] = await Promise.all([w.run(event), w.run(structuredClone(event))]);
    const delivered = [...a.alerts, ...b.alerts].filter((x) => x.checkId === "storage.public-read");
    expect(delivered).toHaveLength(1);
    expect([...a.skipped, ...b.skipped].length + delivered.length).toBeGreaterThanOrEqual(1);
    expect(
      w
        .snsAlerts()
        .flat()
        .filter((x) => x.checkId === "storage.public-read"),
    ).toHaveLength(1);
  });

  it("acknowledges events it does not understand, without touching the cloud or the state", async () => {
    const w = (world = await startWorld());
    for (const event of [
      loadEvent("cloudtrail/ec2-run-instances"),
      loadEvent("cloudtrail/s3-put-bucket-policy-access-denied"),
      loadEvent("guardduty/ec2-instance"),
      {
        "detail-type": "Something Else",
        source: "custom.app",
        id: "x",
        account: "1",
        region: "us-east-1",
        detail: {},
      },
      { hello: "world" },
      null,
    ]) {
      const result = await w.run(event);
      expect(result.status).toBe("ignored");
      expect(result.reason).toBeTruthy();
    }
    expect(w.emu.calls()).toEqual({});
    expect(w.logs.filter((l) => l.msg === "event ignored")).toHaveLength(6);
    expect(w.logs.find((l) => String(l.reason).includes("AccessDenied"))).toBeDefined();
  });
});

describe("GuardDuty Finding", () => {
  it("escalates a threat on a bucket that is also exposed", async () => {
    const w = (world = await startWorld());
    setPolicy(w, PUBLIC_POLICY);
    const result = await w.run(withNewId(loadEvent("guardduty/s3-exfiltration")));
    expect(result.kind).toBe("guardduty");
    expect(result.targets[0]).toMatchObject({ service: "s3", name: BUCKET, recollection: "resource" });
    const escalated = result.alerts.filter((a) => a.kind === "escalated");
    expect(escalated).toEqual([
      expect.objectContaining({
        checkId: "threat.exposed-under-attack",
        severity: "critical",
        delivered: true,
      }),
    ]);
    // Listed first in the message, with the threat and the misconfiguration that exposes the bucket.
    const alerts = w.snsAlerts().at(-1)!;
    expect(alerts[0]).toMatchObject({ kind: "escalated", checkId: "threat.exposed-under-attack" });
    const hook = w.receiver.delivered().at(-1)!.json as { text: string };
    expect(hook.text).toContain("ESCALATED");
    expect(hook.text).toContain("Exfiltration:S3/AnomalousBehavior");
    expect(hook.text).toContain("storage.public-read");

    // GuardDuty re-sends the finding as it updates: no second escalation.
    const update = await w.run(withNewId(loadEvent("guardduty/s3-exfiltration")));
    expect(update.alerts.filter((a) => a.kind === "escalated")).toEqual([]);
  });

  it("reports the threat without escalating when the bucket is not exposed", async () => {
    const blocked = { ...trainingBucket(), PublicAccessBlock: ALL_BLOCKED };
    const w = (world = await startWorld({
      estate: lambdaEstate([blocked]),
      env: { AIPOSTURE_ALERT_MIN_SEVERITY: "critical" },
    }));
    const result = await w.run(withNewId(loadEvent("guardduty/s3-exfiltration")));
    expect(result.alerts.map((a) => [a.kind, a.checkId])).toEqual([
      ["native", "native.guardduty:Exfiltration:S3/AnomalousBehavior"],
    ]);
  });

  it("routes the finding to every bucket it names", async () => {
    const w = (world = await startWorld());
    const result = await w.run(forBucket(loadEvent("guardduty/s3-exfiltration"), "no-such-bucket"));
    expect(result.targets[0]).toMatchObject({ name: "no-such-bucket" });
    // The bucket cannot be read: a coverage gap, and nothing to escalate.
    expect(result.errors.some((e) => e.resource === "no-such-bucket")).toBe(true);
    expect(result.alerts.filter((a) => a.kind === "escalated")).toEqual([]);
  });
});

describe("scheduled events", () => {
  it("scans the configured scope and alerts only what changed since the last run", async () => {
    const w = (world = await startWorld());
    const first = await w.run(loadEvent("scheduled/scheduled-event"));
    expect(first.targets).toEqual([{ service: "*", region: "us-east-1", recollection: "full" }]);
    expect(first.findings.evaluated).toBeGreaterThan(5);
    const second = await w.run(withNewId(loadEvent("scheduled/scheduled-event")));
    expect(second.alerts).toEqual([]);
    setPolicy(w, PUBLIC_POLICY);
    const third = await w.run(withNewId(loadEvent("scheduled/scheduled-event")));
    expect(third.alerts.map((a) => a.checkId)).toEqual(["storage.public-read"]);
  });
});

describe("events about another account", () => {
  it("says the function's credentials read another account", async () => {
    const w = (world = await startWorld());
    const event = putBucketPolicyEvent(BUCKET, PUBLIC_POLICY);
    const detail = event.detail as { recipientAccountId: string };
    detail.recipientAccountId = "444455556666";
    const result = await w.run(event);
    expect(result.errors).toContainEqual(
      expect.objectContaining({ code: "OtherAccount", account: "444455556666" }),
    );
  });
});
