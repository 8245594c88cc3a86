// Events of the services routed after the first three, over the wire against the demo estate: each one re-reads
// the resource it names (or its service in the event's region), and alerts on that resource only.
import { afterEach, describe, expect, it } from "vitest";
import { loadEvent, withNewId, type EventBridgeEvent } from "../../mocks/events/index.js";
import type { Emulator } from "../../mocks/index.js";
import { startDemoWorld } from "./support.js";

let emu: Emulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

async function demoWorld() {
  const world = await startDemoWorld();
  emu = world.emu;
  return world;
}

/** A fixture with some of its record changed, as a new delivery. */
function event(fixture: string, change: (detail: Record<string, unknown>) => void = () => undefined) {
  const ev = withNewId(loadEvent(`cloudtrail/${fixture}`));
  change(ev.detail);
  return ev as EventBridgeEvent;
}

const request = (detail: Record<string, unknown>) => detail.requestParameters as Record<string, unknown>;
const servicesCalled = (e: Emulator) => new Set(Object.keys(e.calls()).map((k) => k.split(":")[0]));

describe("Bedrock", () => {
  it("UpdateAgent: re-reads Bedrock in the region and alerts on that agent only", async () => {
    const w = await demoWorld();
    const result = await w.run(event("bedrock-update-agent"));
    expect(result.targets).toEqual([
      expect.objectContaining({
        service: "bedrock",
        resourceId: "arn:aws:bedrock:us-east-1:111122223333:agent/SUPPORTAG1",
        recollection: "service-region",
      }),
    ]);
    expect(result.findings.items.map((f) => [f.checkId, f.status])).toEqual([
      ["agent.guardrail", "fail"],
      ["agent.customer-managed-key", "fail"],
    ]);
    // The key finding is low: below the default alert threshold.
    expect(result.alerts.map((a) => a.checkId)).toEqual(["agent.guardrail"]);
    expect(result.alerts.every((a) => a.resource.endsWith(":agent/SUPPORTAG1"))).toBe(true);
    expect(servicesCalled(w.emu).has("sagemaker")).toBe(false);
  });

  it("UpdateAgent on the hardened agent: its checks pass, nothing is alerted", async () => {
    const w = await demoWorld();
    const result = await w.run(
      event("bedrock-update-agent", (d) => {
        request(d).agentId = "HARDENAG01";
        d.responseElements = null;
      }),
    );
    expect(result.findings.evaluated).toBeGreaterThan(0);
    expect(result.findings.items.filter((f) => f.status === "fail")).toEqual([]);
    expect(result.alerts).toEqual([]);
  });
});

describe("Bedrock AgentCore", () => {
  it("CreateAgentRuntime without a response: every runtime in the region; only the public one fails", async () => {
    const w = await demoWorld();
    const result = await w.run(
      event("bedrock-agentcore-create-agent-runtime", (d) => (d.responseElements = null)),
    );
    expect(result.targets[0]).toMatchObject({ service: "bedrock-agentcore", recollection: "service-region" });
    expect(result.targets[0]!.resourceId).toBeUndefined();
    const failed = result.findings.items.filter((f) => f.status === "fail");
    expect(failed.map((f) => f.checkId)).toContain("agent-runtime.public-network");
    expect(failed.every((f) => f.resource.includes(":runtime/claims_triage_public-"))).toBe(true);
    expect(servicesCalled(w.emu).has("bedrock")).toBe(false);
  });

  it("UpdateAgentRuntime names the runtime by id: only that runtime is evaluated", async () => {
    const w = await demoWorld();
    const wide = await w.run(
      event("bedrock-agentcore-create-agent-runtime", (d) => (d.responseElements = null)),
    );
    const arn = wide.findings.items.find((f) => f.checkId === "agent-runtime.public-network")!.resource;
    const result = await w.run(
      event("bedrock-agentcore-update-agent-runtime", (d) => {
        request(d).agentRuntimeId = arn.split(":runtime/")[1];
      }),
    );
    expect(result.targets[0]!.resourceId).toBe(arn);
    expect(result.findings.evaluated).toBeGreaterThan(0);
    expect(result.findings.items.every((f) => f.resource === arn)).toBe(true);
  });
});

describe("OpenSearch Serverless", () => {
  it("UpdateSecurityPolicy: every collection in the region, the open one alerted, the hardened one not", async () => {
    const w = await demoWorld();
    const result = await w.run(event("aoss-update-security-policy"));
    expect(result.targets[0]).toMatchObject({
      service: "opensearch-serverless",
      recollection: "service-region",
    });
    const alerted = result.alerts.filter((a) => a.checkId === "search-serverless.public-network");
    expect(alerted.map((a) => a.resource)).toContain(
      "arn:aws:aoss:us-east-1:111122223333:collection/1a2b3c4d5e6f7a8b9c0d",
    );
    expect(result.alerts.some((a) => a.resource.endsWith("collection/3c4d5e6f7a8b9c0d1e2f"))).toBe(false);
    expect(result.alerts.every((a) => a.resource.includes(":aoss:"))).toBe(true);
    expect(servicesCalled(w.emu).has("bedrock")).toBe(false);
  });
});

describe("S3 access points", () => {
  it("PutAccessPointPolicy: re-reads that access point and its bucket alone, and alerts on it", async () => {
    const w = await demoWorld();
    const result = await w.run(event("s3-put-access-point-policy"));
    expect(result.targets).toEqual([
      expect.objectContaining({
        service: "s3-access-points",
        name: "ai-feature-store-share",
        recollection: "resource",
      }),
    ]);
    expect(result.alerts.map((a) => a.checkId)).toContain("access-point.public");
    expect(
      result.alerts.every(
        (a) => a.resource === "arn:aws:s3:us-east-1:111122223333:accesspoint/ai-feature-store-share",
      ),
    ).toBe(true);
    const calls = w.emu.calls();
    const called = (suffix: string) =>
      Object.entries(calls)
        .filter(([key]) => key.endsWith(suffix))
        .reduce((sum, [, n]) => sum + n, 0);
    // One access point, no listing; its bucket's policy read for the delegation verdict.
    expect(called(":ListAccessPoints")).toBe(0);
    expect(called(":GetAccessPoint")).toBe(1);
    expect(called(":GetBucketPolicy")).toBe(1);
    expect(called(":ListBuckets")).toBe(0);
  });

  it("CreateAccessPoint of the VPC-only twin: nothing public", async () => {
    const w = await demoWorld();
    const result = await w.run(
      event("s3-create-access-point", (d) => (request(d).name = "ai-feature-store-vpc")),
    );
    expect(result.findings.evaluated).toBeGreaterThan(0);
    expect(result.findings.items.some((f) => f.checkId === "access-point.public")).toBe(false);
    expect(result.alerts).toEqual([]);
  });
});

describe("SageMaker jobs and registry", () => {
  it("CreateProcessingJob: alerts on that job only, not on its hardened twin", async () => {
    const w = await demoWorld();
    const result = await w.run(event("sagemaker-create-processing-job"));
    expect(result.targets[0]).toMatchObject({ service: "sagemaker", recollection: "service-region" });
    expect(result.alerts.length).toBeGreaterThan(0);
    expect(result.alerts.every((a) => a.resource.endsWith(":processing-job/clinical-notes-preprocess"))).toBe(
      true,
    );
    expect(result.alerts.every((a) => a.checkId.startsWith("ml-job."))).toBe(true);
  });

  it("PutModelPackageGroupPolicy: the group shared with anyone is alerted as critical", async () => {
    const w = await demoWorld();
    const result = await w.run(event("sagemaker-put-model-package-group-policy"));
    expect(result.alerts).toEqual([
      expect.objectContaining({
        checkId: "model-package-group.public-or-cross-account",
        resource: "arn:aws:sagemaker:us-east-1:111122223333:model-package-group/fraud-scoring-registry",
        severity: "critical",
      }),
    ]);
  });
});
