// The routing table against the event fixtures in their real shapes: every required API call has a row, and
// each row finds the resource its event changed.
import { describe, expect, it } from "vitest";
import { loadEvent } from "../../mocks/events/index.js";
import { asEventBridgeEvent } from "../../runtimes/aws-lambda/events.js";
import { routeGuardDuty } from "../../runtimes/aws-lambda/guardduty.js";
import { CLOUDTRAIL_ROUTES, routeCloudTrail } from "../../runtimes/aws-lambda/routes.js";

const A = "111122223333";
const R = "us-east-1";
const bedrock = (type: string, id: string) => `arn:aws:bedrock:${R}:${A}:${type}/${id}`;
const agentCore = (type: string, id: string) => `arn:aws:bedrock-agentcore:${R}:${A}:${type}/${id}`;
const sageMaker = (type: string, name: string) => `arn:aws:sagemaker:${R}:${A}:${type}/${name}`;

/** Routes added for the newer services: fixture → service, kinds and the ARN the event determines. */
const ARN_ROWS: Array<[string, string, string[], string]> = [
  ["bedrock-create-agent", "bedrock", ["agent"], bedrock("agent", "SUPPORTAG1")],
  ["bedrock-update-agent", "bedrock", ["agent"], bedrock("agent", "SUPPORTAG1")],
  ["bedrock-associate-agent-knowledge-base", "bedrock", ["agent"], bedrock("agent", "SUPPORTAG1")],
  ["bedrock-disassociate-agent-knowledge-base", "bedrock", ["agent"], bedrock("agent", "SUPPORTAG1")],
  ["bedrock-update-agent-knowledge-base", "bedrock", ["agent"], bedrock("agent", "SUPPORTAG1")],
  ["bedrock-create-knowledge-base", "bedrock", ["knowledge-base"], bedrock("knowledge-base", "CLINICKB01")],
  ["bedrock-update-knowledge-base", "bedrock", ["knowledge-base"], bedrock("knowledge-base", "CLINICKB01")],
  ["bedrock-create-data-source", "bedrock", ["knowledge-base"], bedrock("knowledge-base", "CLINICKB01")],
  ["bedrock-update-data-source", "bedrock", ["knowledge-base"], bedrock("knowledge-base", "CLINICKB01")],
  ["bedrock-create-guardrail", "bedrock", ["guardrail"], bedrock("guardrail", "weakguard001")],
  ["bedrock-update-guardrail", "bedrock", ["guardrail"], bedrock("guardrail", "weakguard001")],
  ["bedrock-create-flow", "bedrock", ["agent"], bedrock("flow", "CLAIMSFLW1")],
  ["bedrock-update-flow", "bedrock", ["agent"], bedrock("flow", "CLAIMSFLW1")],
  ["bedrock-create-prompt", "bedrock", ["prompt"], bedrock("prompt", "TRIAGEPR01")],
  ["bedrock-update-prompt", "bedrock", ["prompt"], bedrock("prompt", "TRIAGEPR01")],
  [
    "bedrock-create-model-invocation-job",
    "bedrock",
    ["inference-job"],
    bedrock("model-invocation-job", "b4tch5umm4r1"),
  ],
  [
    "bedrock-agentcore-create-agent-runtime",
    "bedrock-agentcore",
    ["agent-runtime"],
    agentCore("runtime", "claims_triage_public-Ab12Cd34Ef"),
  ],
  [
    "bedrock-agentcore-update-agent-runtime",
    "bedrock-agentcore",
    ["agent-runtime"],
    agentCore("runtime", "claims_triage_public-Ab12Cd34Ef"),
  ],
  [
    "bedrock-agentcore-create-gateway",
    "bedrock-agentcore",
    ["agent-gateway"],
    agentCore("gateway", "clinical-tools-q1w2e3r4t5"),
  ],
  [
    "bedrock-agentcore-update-gateway",
    "bedrock-agentcore",
    ["agent-gateway"],
    agentCore("gateway", "clinical-tools-q1w2e3r4t5"),
  ],
  [
    "bedrock-agentcore-create-memory",
    "bedrock-agentcore",
    ["agent-memory"],
    agentCore("memory", "patient_sessions-Zx98Yw76Vu"),
  ],
  [
    "bedrock-agentcore-update-memory",
    "bedrock-agentcore",
    ["agent-memory"],
    agentCore("memory", "patient_sessions-Zx98Yw76Vu"),
  ],
  [
    "bedrock-agentcore-create-browser",
    "bedrock-agentcore",
    ["agent-tool"],
    agentCore("browser-custom", "claims_browser-Mn45Op67Qr"),
  ],
  [
    "bedrock-agentcore-create-code-interpreter",
    "bedrock-agentcore",
    ["agent-tool"],
    agentCore("code-interpreter-custom", "claims_sandbox-Gh89Ij01Kl"),
  ],
  [
    "aoss-create-collection",
    "opensearch-serverless",
    ["search-serverless"],
    `arn:aws:aoss:${R}:${A}:collection/1a2b3c4d5e6f7a8b9c0d`,
  ],
  ...["s3-create-access-point", "s3-put-access-point-policy", "s3-delete-access-point-policy"].map(
    (fixture): [string, string, string[], string] => [
      fixture,
      "s3-access-points",
      ["access-point"],
      `arn:aws:s3:${R}:${A}:accesspoint/ai-feature-store-share`,
    ],
  ),
  [
    "sagemaker-create-training-job",
    "sagemaker",
    ["training-job"],
    sageMaker("training-job", "clinical-notes-finetune-2026-11"),
  ],
  [
    "sagemaker-create-processing-job",
    "sagemaker",
    ["ml-job"],
    sageMaker("processing-job", "clinical-notes-preprocess"),
  ],
  [
    "sagemaker-create-hyper-parameter-tuning-job",
    "sagemaker",
    ["ml-job"],
    sageMaker("hyper-parameter-tuning-job", "churn-hpo-2026"),
  ],
  ["sagemaker-create-auto-ml-job", "sagemaker", ["ml-job"], sageMaker("automl-job", "support-ticket-automl")],
  [
    "sagemaker-create-auto-ml-job-v2",
    "sagemaker",
    ["ml-job"],
    sageMaker("automl-job", "support-ticket-automl"),
  ],
  ...["create", "update"].map((verb): [string, string, string[], string] => [
    `sagemaker-${verb}-monitoring-schedule`,
    "sagemaker",
    ["ml-job"],
    sageMaker("monitoring-schedule", "clinical-summarizer-dq-monitor"),
  ]),
  ...["data-quality", "model-quality", "model-bias", "model-explainability"].map(
    (type): [string, string, string[], string] => [
      `sagemaker-create-${type}-job-definition`,
      "sagemaker",
      ["ml-job"],
      sageMaker(`${type}-job-definition`, "clinical-dq-definition"),
    ],
  ),
  ["sagemaker-create-domain", "sagemaker", ["ml-workspace"], sageMaker("domain", "d-abc123def456")],
  ["sagemaker-update-domain", "sagemaker", ["ml-workspace"], sageMaker("domain", "d-abc123def456")],
  ...["create", "update"].map((verb): [string, string, string[], string] => [
    `sagemaker-${verb}-feature-group`,
    "sagemaker",
    ["feature-store"],
    sageMaker("feature-group", "patient-features"),
  ]),
  ...[
    "create-model-package-group",
    "put-model-package-group-policy",
    "delete-model-package-group-policy",
  ].map((call): [string, string, string[], string] => [
    `sagemaker-${call}`,
    "sagemaker",
    ["model-package-group"],
    sageMaker("model-package-group", "fraud-scoring-registry"),
  ]),
];
const ROWS_BY_ARN = ARN_ROWS.map(([fixture, service, kinds, resourceId]): [string, object] => [
  fixture,
  { service, kinds, resourceId },
]);

/** Events that name no single asset: every asset of their kinds in the region is evaluated. */
const REGION_WIDE: Array<[string, string, string[]]> = [
  ...["create", "update", "delete"].map((verb): [string, string, string[]] => [
    `aoss-${verb}-security-policy`,
    "opensearch-serverless",
    ["search-serverless"],
  ]),
  ["sagemaker-update-model-package", "sagemaker", ["model-package-group", "model"]],
];
const REGION_WIDE_ROWS = REGION_WIDE.map(([fixture, service, kinds]): [string, object] => [
  fixture,
  { service, kinds },
]);
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
  ...ROWS_BY_ARN,
  ...REGION_WIDE_ROWS,
];

describe("CloudTrail routing table", () => {
  it.each(TABLE)("%s → the resource it changed", (fixture, expected) => {
    const routed = routeCloudTrail(asEventBridgeEvent(loadEvent(`cloudtrail/${fixture}`))!);
    expect(routed.kind).toBe("resource");
    if (routed.kind === "resource") expect(routed.ref).toMatchObject({ account: A, region: R, ...expected });
  });

  it.each([
    "sagemaker-create-endpoint-config",
    "bedrock-put-model-invocation-logging-configuration",
    ...REGION_WIDE.map(([fixture]) => fixture),
  ])("%s names no single asset: its kinds in the region are evaluated", (fixture) => {
    const routed = routeCloudTrail(asEventBridgeEvent(loadEvent(`cloudtrail/${fixture}`))!);
    expect(routed.kind === "resource" && routed.ref.resourceId).toBe(undefined);
  });

  it("has a row for every fixture's API call and no duplicate rows", () => {
    const keys = CLOUDTRAIL_ROUTES.map((r) => `${r.eventSource} ${r.eventName}`);
    expect(new Set(keys).size).toBe(keys.length);
    const tested = TABLE.map(([fixture]) => {
      const detail = loadEvent(`cloudtrail/${fixture}`).detail;
      return `${String(detail.eventSource)} ${String(detail.eventName)}`;
    });
    expect(new Set(tested)).toEqual(new Set(keys));
    expect(tested).toHaveLength(keys.length);
  });

  it.each([
    [
      "bedrock-update-guardrail",
      "guardrailIdentifier",
      "arn:aws:bedrock:us-east-1:111122223333:guardrail/abc",
    ],
    ["bedrock-update-flow", "flowIdentifier", "arn:aws:bedrock:us-east-1:111122223333:flow/FLOW2"],
  ])("%s: an identifier given as an ARN is the ARN", (fixture, key, arn) => {
    const event = loadEvent(`cloudtrail/${fixture}`);
    event.detail.responseElements = null;
    (event.detail.requestParameters as Record<string, unknown>)[key] = arn;
    const routed = routeCloudTrail(asEventBridgeEvent(event)!);
    expect(routed.kind === "resource" && routed.ref.resourceId).toBe(arn);
  });

  it.each([
    ["bedrock-create-agent", ["agent"]],
    ["bedrock-agentcore-create-agent-runtime", ["agent-runtime"]],
    ["aoss-create-collection", ["search-serverless"]],
    ["sagemaker-create-domain", ["ml-workspace"]],
  ])(
    "%s without a response (the id is minted by the service): routed with no single id, by kind",
    (fixture, kinds) => {
      const event = loadEvent(`cloudtrail/${fixture}`);
      event.detail.responseElements = null;
      const routed = routeCloudTrail(asEventBridgeEvent(event)!);
      expect(routed.kind).toBe("resource");
      if (routed.kind !== "resource") return;
      expect(routed.ref.resourceId).toBeUndefined();
      expect(routed.ref.kinds).toEqual(kinds);
    },
  );

  it("names the access point from the record's resources when the request parameters do not", () => {
    const event = loadEvent("cloudtrail/s3-put-access-point-policy");
    delete (event.detail.requestParameters as Record<string, unknown>).name;
    event.detail.resources = [
      { type: "AWS::S3::AccessPoint", ARN: `arn:aws:s3:${R}:${A}:accesspoint/other-share` },
    ];
    const routed = routeCloudTrail(asEventBridgeEvent(event)!);
    expect(routed.kind === "resource" && routed.ref).toMatchObject({
      service: "s3-access-points",
      name: "other-share",
      resourceId: `arn:aws:s3:${R}:${A}:accesspoint/other-share`,
    });
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

  it("shows the routing table the manifests declare (run: npm run docs)", async () => {
    const { readFileSync } = await import("node:fs");
    const { regionOf } = await import("../../wiring/doc-region.js");
    const { routesTableMarkdown } = await import("../../runtimes/aws-lambda/routes-doc.js");
    const doc = readFileSync(new URL("../../docs/lambda.md", import.meta.url), "utf8");
    // Prettier pads the cells; the text of each row is what must match.
    const rows = (table: string) =>
      table
        .trim()
        .split("\n")
        .map((line) => line.split(/(?<!\\)\|/).map((c) => c.trim().replace(/^-+$/, "-")));
    expect(rows(regionOf(doc, "cloudtrail-routes"))).toEqual(rows(routesTableMarkdown()));
  });
});
