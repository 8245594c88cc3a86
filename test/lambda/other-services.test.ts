// Events for services without a single-resource hook (OpenSearch, SageMaker, Bedrock): their collector runs in
// the event's region only, and only the assets the event names are evaluated and alerted on.
import { afterEach, describe, expect, it } from "vitest";
import { loadEvent, withNewId, type EventBridgeEvent } from "../../mocks/events/index.js";
import type { Emulator } from "../../mocks/index.js";
import { snsMessages } from "../../mocks/services/sns.js";
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

function retarget(fixture: string, from: string, to: string): EventBridgeEvent {
  return withNewId(JSON.parse(JSON.stringify(loadEvent(fixture)).split(from).join(to)) as EventBridgeEvent);
}

describe("events for services read region-wide", () => {
  it("OpenSearch UpdateDomainConfig: re-reads that domain alone and alerts on it only", async () => {
    const w = await demoWorld();
    const result = await w.run(
      retarget("cloudtrail/opensearch-update-domain-config", "ai-vectors", "patient-records-search"),
    );
    expect(result.targets).toEqual([
      expect.objectContaining({
        service: "opensearch",
        name: "patient-records-search",
        recollection: "resource",
      }),
    ]);
    expect(result.alerts.length).toBeGreaterThan(0);
    expect(result.alerts.every((a) => a.resource.endsWith(":domain/patient-records-search"))).toBe(true);
    expect(result.alerts.map((a) => a.checkId)).toContain("search.public-access");
    const services = new Set(Object.keys(w.emu.calls()).map((k) => k.split(":")[0]));
    expect(services.has("s3")).toBe(false);
    expect(services.has("sagemaker")).toBe(false);
    // One domain: no listing, one DescribeDomains.
    expect(w.emu.calls()["opensearch:ListDomainNames"]).toBeUndefined();
    expect(w.emu.calls()["opensearch:DescribeDomains"]).toBe(1);
    expect(snsMessages(w.emu.runtime)).toHaveLength(1);
  });

  it("SageMaker UpdateNotebookInstance: alerts on that notebook, not on the hardened one", async () => {
    const w = await demoWorld();
    const result = await w.run(
      retarget("cloudtrail/sagemaker-update-notebook-instance", "research-notebook", "clinical-nlp-scratch"),
    );
    expect(result.targets[0]).toMatchObject({ service: "sagemaker", recollection: "service-region" });
    expect(result.alerts.length).toBeGreaterThan(0);
    expect(result.alerts.every((a) => a.resource.endsWith("notebook-instance/clinical-nlp-scratch"))).toBe(
      true,
    );
  });

  it("Bedrock DeleteModelInvocationLoggingConfiguration: evaluates the region's Bedrock platform settings", async () => {
    const w = await demoWorld();
    const result = await w.run(
      withNewId(loadEvent("cloudtrail/bedrock-delete-model-invocation-logging-configuration")),
    );
    expect(result.targets[0]).toMatchObject({
      service: "bedrock",
      region: "us-east-1",
      recollection: "service-region",
    });
    expect(result.findings.evaluated).toBeGreaterThan(0);
    expect(result.findings.items.concat().every((f) => f.resource.includes(":bedrock:us-east-1:"))).toBe(
      true,
    );
  });
});
