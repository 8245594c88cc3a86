// The routing table against the event fixtures in their real shapes: every required API call has a row, and
// each row finds the resource its event changed.
import { describe, expect, it } from "vitest";
import { loadEvent } from "../../mocks/events/index.js";
import { asEventBridgeEvent } from "../../runtimes/aws-lambda/events.js";
import { routeGuardDuty } from "../../runtimes/aws-lambda/guardduty.js";
import { CLOUDTRAIL_ROUTES, routeCloudTrail } from "../../runtimes/aws-lambda/routes.js";

const A = "111122223333";
const R = "us-east-1";
const TABLE: Array<[string, object]> = [
  [
    "s3-put-bucket-policy",
    { service: "s3", name: "ai-training-data", resourceId: "arn:aws:s3:::ai-training-data" },
  ],
  ["s3-delete-bucket-policy", { service: "s3", name: "ai-training-data" }],
  ["s3-put-bucket-acl", { service: "s3", name: "ai-training-data" }],
  ["s3-put-public-access-block", { service: "s3", name: "ai-training-data" }],
  ["s3-delete-public-access-block", { service: "s3", name: "ai-training-data" }],
  ["s3-put-bucket-encryption", { service: "s3", name: "ai-training-data" }],
  ["s3-delete-bucket-encryption", { service: "s3", name: "ai-training-data" }],
  ["s3-create-bucket", { service: "s3", name: "ai-training-data" }],
  [
    "opensearch-create-domain",
    {
      service: "opensearch",
      name: "ai-vectors",
      resourceId: `arn:aws:es:${R}:${A}:domain/ai-vectors`,
      kinds: ["search"],
    },
  ],
  [
    "opensearch-update-domain-config",
    { service: "opensearch", name: "ai-vectors", resourceId: `arn:aws:es:${R}:${A}:domain/ai-vectors` },
  ],
  [
    "sagemaker-create-endpoint",
    {
      service: "sagemaker",
      resourceId: `arn:aws:sagemaker:${R}:${A}:endpoint/fraud-scorer`,
      kinds: ["model-endpoint"],
    },
  ],
  ["sagemaker-update-endpoint", { service: "sagemaker", name: "fraud-scorer" }],
  [
    "sagemaker-create-endpoint-config",
    { service: "sagemaker", name: "fraud-scorer-config-v3", kinds: ["model-endpoint"] },
  ],
  [
    "sagemaker-create-notebook-instance",
    {
      service: "sagemaker",
      resourceId: `arn:aws:sagemaker:${R}:${A}:notebook-instance/research-notebook`,
      kinds: ["notebook"],
    },
  ],
  [
    "sagemaker-update-notebook-instance",
    { service: "sagemaker", resourceId: `arn:aws:sagemaker:${R}:${A}:notebook-instance/research-notebook` },
  ],
  ["bedrock-put-model-invocation-logging-configuration", { service: "bedrock", kinds: ["ai-platform"] }],
  ["bedrock-delete-model-invocation-logging-configuration", { service: "bedrock", kinds: ["ai-platform"] }],
];

describe("CloudTrail routing table", () => {
  it.each(TABLE)("%s → the resource it changed", (fixture, expected) => {
    const routed = routeCloudTrail(asEventBridgeEvent(loadEvent(`cloudtrail/${fixture}`))!);
    expect(routed.kind).toBe("resource");
    if (routed.kind === "resource") expect(routed.ref).toMatchObject({ account: A, region: R, ...expected });
  });

  it.each(["sagemaker-create-endpoint-config", "bedrock-put-model-invocation-logging-configuration"])(
    "%s names no single asset: its kinds in the region are evaluated",
    (fixture) => {
      const routed = routeCloudTrail(asEventBridgeEvent(loadEvent(`cloudtrail/${fixture}`))!);
      expect(routed.kind === "resource" && routed.ref.resourceId).toBe(undefined);
    },
  );

  it("has a row for every fixture's API call and no duplicate rows", () => {
    const keys = CLOUDTRAIL_ROUTES.map((r) => `${r.eventSource} ${r.eventName}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(TABLE.length);
  });

  it("derives SageMaker ARNs in lower case when the response does not carry one", () => {
    const event = loadEvent("cloudtrail/sagemaker-update-notebook-instance");
    (event.detail.requestParameters as Record<string, unknown>).notebookInstanceName = "Research-Notebook";
    const routed = routeCloudTrail(asEventBridgeEvent(event)!);
    expect(routed.kind === "resource" && routed.ref.resourceId).toBe(
      `arn:aws:sagemaker:${R}:${A}:notebook-instance/research-notebook`,
    );
  });

  it("ignores failed calls and calls it has no row for, saying why", () => {
    expect(
      routeCloudTrail(asEventBridgeEvent(loadEvent("cloudtrail/s3-put-bucket-policy-access-denied"))!),
    ).toEqual({
      kind: "ignored",
      reason: "PutBucketPolicy failed (AccessDenied): nothing changed",
    });
    expect(routeCloudTrail(asEventBridgeEvent(loadEvent("cloudtrail/ec2-run-instances"))!)).toEqual({
      kind: "ignored",
      reason: "no route for ec2.amazonaws.com RunInstances",
    });
  });
});

describe("GuardDuty routing", () => {
  it("turns an S3 finding into a native finding on the bucket", () => {
    const routed = routeGuardDuty(asEventBridgeEvent(loadEvent("guardduty/s3-exfiltration"))!);
    expect(routed.kind).toBe("resource");
    if (routed.kind !== "resource") return;
    expect(routed.refs).toEqual([
      {
        service: "s3",
        account: A,
        region: R,
        name: "ai-training-data",
        resourceId: "arn:aws:s3:::ai-training-data",
        kinds: ["storage"],
      },
    ]);
    expect(routed.native).toMatchObject({
      source: "guardduty",
      type: "Exfiltration:S3/AnomalousBehavior",
      kind: "threat",
      active: true,
      severity: "high",
      nativeSeverity: 8,
      resourceIds: ["arn:aws:s3:::ai-training-data"],
    });
  });

  it.each([
    ["an object", { name: "ai-training-data" }],
    ["a string", "ai-training-data"],
    ["a list of nulls and numbers", [null, 7, { name: 42 }]],
  ])("ignores an S3 finding whose s3BucketDetails is %s, without throwing", (_what, details) => {
    const event = asEventBridgeEvent(loadEvent("guardduty/s3-exfiltration"))!;
    const detail = event.detail as { resource: Record<string, unknown> };
    const broken = {
      ...event,
      detail: { ...detail, resource: { ...detail.resource, s3BucketDetails: details } },
    };
    expect(routeGuardDuty(broken)).toMatchObject({ kind: "ignored" });
  });

  it("ignores findings on resources aiposture does not collect", () => {
    expect(routeGuardDuty(asEventBridgeEvent(loadEvent("guardduty/ec2-instance"))!)).toMatchObject({
      kind: "ignored",
    });
  });
});

describe("docs/lambda.md", () => {
  it("documents every routed API call and every environment variable the handler reads", async () => {
    const { readFileSync } = await import("node:fs");
    const { ENV } = await import("../../runtimes/aws-lambda/config.js");
    const doc = readFileSync(new URL("../../docs/lambda.md", import.meta.url), "utf8");
    for (const route of CLOUDTRAIL_ROUTES) expect(doc).toContain(route.eventName);
    for (const name of Object.values(ENV)) expect(doc).toContain(`\`${name}\``);
  });
});
