// Events for services without a single-resource hook (OpenSearch, SageMaker, Bedrock): their collector runs in
// the event's region only, and only the assets the event names are evaluated and alerted on.
import { afterEach, describe, expect, it } from "vitest";
import { loadEvent, withNewId, type EventBridgeEvent } from "../../mocks/events/index.js";
import { startEmulator, type Emulator } from "../../mocks/index.js";
import { snsMessages } from "../../mocks/services/sns.js";
import { DEMO_ESTATE } from "../../cli/commands/demo.js";
import { createDeps } from "../../runtimes/aws-lambda/main.js";
import { configFromEnv } from "../../runtimes/aws-lambda/config.js";
import { handleEvent } from "../../runtimes/aws-lambda/handle.js";
import { ownWriteAllowances } from "../../runtimes/aws-lambda/operations.js";
import { TABLE, TOPIC } from "./support.js";

let emu: Emulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

/** The demo estate plus the alert topic and state table; SNS only (no webhook). */
async function demoWorld() {
  emu = await startEmulator({ estate: DEMO_ESTATE, allowWrites: ownWriteAllowances(TOPIC, TABLE) });
  emu.mutateEstate((estate) => {
    const account = estate.aws.accounts[0]!;
    account.sns = { Topics: [{ TopicArn: TOPIC }] };
    account.dynamodb = {
      Tables: [
        {
          TableName: TABLE,
          KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }],
          AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }],
          Items: [],
        },
      ],
    };
  });
  const deps = createDeps(
    configFromEnv({
      AWS_REGION: "us-east-1",
      AIPOSTURE_ENDPOINT: emu.endpoint,
      AIPOSTURE_STATE_TABLE: TABLE,
      AIPOSTURE_SNS_TOPIC_ARN: TOPIC,
    }),
    { log: () => undefined },
  );
  return { emu, run: (event: EventBridgeEvent) => handleEvent(event, deps) };
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
