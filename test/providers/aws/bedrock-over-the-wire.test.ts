// The Bedrock collector through the official SDK clients (@aws-sdk/client-bedrock, client-bedrock-agent)
// against the emulated cloud: what it reads per asset kind, pagination, throttling, AccessDenied, malformed
// replies, and the demo's planted cases and relations.
import { afterEach, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "../../../mocks/index.js";
import { DEMO_ESTATE } from "../../../cli/commands/demo.js";
import type { Asset } from "../../../src/model/asset.js";
import type { Report } from "../../../src/model/finding.js";
import type { Inventory } from "../../../src/model/inventory.js";
import { awsProvider } from "../../../providers/aws/index.js";
import { DEFAULT_AWS_REGIONS } from "../../../providers/aws/regions.js";
import { findingFor, scanEmulator } from "../../support/scan.js";

/** The demo's Bedrock regions: reading only these keeps each test to a few hundred calls. */
const REGIONS = ["us-east-1", "us-west-2", "eu-west-1"];
const PHI_BUCKET = "arn:aws:s3:::ai-clinical-notes-phi";
const PUBLIC_COLLECTION = "arn:aws:aoss:us-east-1:111122223333:collection/1a2b3c4d5e6f7a8b9c0d";

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function scan(
  options: Partial<Parameters<typeof startEmulator>[0]> = {},
  regions: string[] | "default" = REGIONS,
): Promise<{ report: Report; inventory: Inventory; assets: Asset[]; emulator: Emulator }> {
  emulator = await startEmulator({ estate: DEMO_ESTATE, ...options });
  const result = await scanEmulator(emulator, regions === "default" ? {} : { regions });
  return { ...result, assets: awsProvider.normalize(result.inventory).assets, emulator };
}

const bedrockCalls = (emu: Emulator) =>
  Object.fromEntries(Object.entries(emu.calls()).filter(([key]) => /^bedrock(-agent)?:/.test(key)));

/** Verdicts of the Bedrock checks only: other services' behaviour under these faults is their tests' business. */
const bedrockVerdicts = (report: Report) =>
  report.findings
    .filter((f) => f.resource.type.startsWith("aws.bedrock."))
    .map((f) => `${f.checkId} ${f.resource.id} ${f.status} ${f.severity}`)
    .sort();

const errorsOf = (report: Report, service: RegExp) => report.errors.filter((e) => service.test(e.service));

describe("Bedrock over the wire", () => {
  it("reads each kind with the documented calls only, and the demo's planted cases come out", async () => {
    const { report, assets, emulator: emu } = await scan({}, "default");
    expect(errorsOf(report, /^bedrock/)).toEqual([]);
    expect(emu.writesAttempted()).toEqual([]);
    const calls = bedrockCalls(emu);
    expect(Object.keys(calls).every((key) => /^bedrock(-agent)?:(Get|List)/.test(key))).toBe(true);

    // Region-wide: one logging read and one page of each listing per region (every default region is read).
    const regions = DEFAULT_AWS_REGIONS.length;
    for (const op of ["bedrock:GetModelInvocationLoggingConfiguration", "bedrock:ListCustomModels"])
      expect(calls[op], op).toBe(regions);
    for (const op of [
      "bedrock:ListGuardrails",
      "bedrock:ListModelInvocationJobs",
      "bedrock-agent:ListAgents",
      "bedrock-agent:ListKnowledgeBases",
      "bedrock-agent:ListFlows",
      "bedrock-agent:ListPrompts",
    ])
      expect(calls[op], op).toBe(regions);
    // Per resource: custom model 2 (Get + tags), guardrail 2 (Get + tags), agent 3 (Get + its knowledge bases +
    // tags), knowledge base 3 + 1 per data source (Get + ListDataSources + tags, GetDataSource each).
    const count = (kind: string) => assets.filter((a) => a.kind === kind).length;
    // Agents include the two prompt flows (type aws.bedrock.flow).
    expect([count("custom-model"), count("guardrail"), count("agent"), count("knowledge-base")]).toEqual([
      3, 3, 4, 2,
    ]);
    expect([count("prompt"), count("inference-job")]).toEqual([2, 2]);
    expect(calls["bedrock-agent:GetFlow"]).toBe(2);
    expect(calls["bedrock-agent:GetPrompt"]).toBe(2);
    expect(calls["bedrock:GetCustomModel"]).toBe(3);
    expect(calls["bedrock:GetGuardrail"]).toBe(3);
    expect(calls["bedrock:ListTagsForResource"]).toBe(6);
    expect(calls["bedrock-agent:GetAgent"]).toBe(2);
    expect(calls["bedrock-agent:ListAgentKnowledgeBases"]).toBe(2);
    expect(calls["bedrock-agent:GetKnowledgeBase"]).toBe(2);
    expect(calls["bedrock-agent:ListDataSources"]).toBe(2);
    expect(calls["bedrock-agent:GetDataSource"]).toBe(2);
    expect(calls["bedrock-agent:ListTagsForResource"]).toBe(4);

    // Regions where Bedrock shows no sign of use yield no ai-platform asset.
    expect(
      assets
        .filter((a) => a.kind === "ai-platform")
        .map((a) => a.region)
        .sort(),
    ).toEqual(["eu-west-1", "us-east-1", "us-west-2"]);

    expect(findingFor(report, "ai-platform.invocation-logging", "bedrock/us-west-2")).toMatchObject({
      status: "fail",
      severity: "medium",
    });
    expect(findingFor(report, "ai-platform.guardrail-present", "bedrock/us-west-2")?.status).toBe("fail");
    expect(
      findingFor(report, "guardrail.prompt-attack-filter", "ai-support-guardrail-weak")?.message,
    ).toMatch(/LOW, below HIGH/);
    expect(findingFor(report, "agent.guardrail", "ai-support-agent-noguardrail")?.status).toBe("fail");
    expect(findingFor(report, "knowledge-base.data-source-kms-key", "ai-kb-hardened")?.status).toBe("pass");
    expect(findingFor(report, "agent.customer-managed-key", "ai-support-agent-noguardrail")?.status).toBe(
      "fail",
    );
    // Tagged pii: the customer-managed-key finding is raised from low to medium.
    expect(findingFor(report, "custom-model.customer-managed-key", "ai-claims-model-nocmk")).toMatchObject({
      status: "fail",
      severity: "medium",
    });

    const bedrock = report.findings.filter((f) => f.resource.type.startsWith("aws.bedrock."));
    // eu-west-1 is hardened but for its metadata-only invocation logging, planted there.
    const planted = (f: { checkId: string }) => f.checkId === "ai-platform.invocation-text-logging";
    const hardened = bedrock.filter(
      (f) => (f.resource.name.includes("hardened") || f.region === "eu-west-1") && !planted(f),
    );
    // +2 graph checks: ai-kb-hardened (vector store) and bedrock/eu-west-1 (invocation logs); +1 ai-kb-hardened's
    // data source key; +4 for the hardened flow (guardrail, key), prompt and batch job; +1 ai-kb-hardened's RAG chain.
    expect(hardened.length).toBe(15);
    expect(findingFor(report, "ai-platform.invocation-text-logging", "bedrock/eu-west-1")?.status).toBe(
      "fail",
    );
    expect(hardened.filter((f) => f.status !== "pass")).toEqual([]);
  });

  it("records the relations later graph checks follow", async () => {
    const { assets } = await scan();
    const byName = (name: string) => assets.find((a) => a.name === name);
    const relations = (name: string) => byName(name)?.relations.map((r) => `${r.type} ${r.target}`) ?? [];

    expect(relations("bedrock/us-east-1")).toEqual([
      `logs-to ${PHI_BUCKET}`,
      "logs-to arn:aws:logs:us-east-1:111122223333:log-group:/aws/bedrock/model-invocations",
    ]);
    expect(relations("ai-clinical-notes-kb")).toEqual([
      `uses-vector-store ${PUBLIC_COLLECTION}`,
      "uses-model arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v2:0",
      `reads-data-from ${PHI_BUCKET}`,
    ]);
    expect(relations("ai-agent-hardened")).toEqual([
      "uses-guardrail arn:aws:bedrock:us-east-1:111122223333:guardrail/hardguard001",
      "uses-model arn:aws:bedrock:us-east-1:111122223333:inference-profile/us.anthropic.claude-3-5-sonnet-20241022-v2:0",
      "uses-knowledge-base arn:aws:bedrock:us-east-1:111122223333:knowledge-base/HARDENKB01",
    ]);
    expect(relations("ai-claims-model-nocmk")).toEqual([
      "fine-tuned-from arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-express-v1",
      "reads-training-data-from arn:aws:s3:::ai-finetune-scratch-nologging",
      "writes-output-to arn:aws:s3:::ai-model-artifacts-prod",
    ]);
    // The relation targets are the very ids the other collectors give those assets.
    for (const target of [
      PHI_BUCKET,
      PUBLIC_COLLECTION,
      "arn:aws:bedrock:us-east-1:111122223333:guardrail/hardguard001",
    ])
      expect(
        assets.some((a) => a.id === target),
        target,
      ).toBe(true);
    expect(byName("ai-clinical-notes-kb")).toMatchObject({
      dataClassification: "phi",
      dataSources: [
        { name: "clinical-notes", type: "S3", bucketArn: PHI_BUCKET, dataDeletionPolicy: "RETAIN" },
      ],
    });
  });

  it("gives the same verdicts with a page size of 1", async () => {
    const clean = await scan();
    await clean.emulator.close();
    const paged = await scan({ pageSize: 1 });
    const calls = bedrockCalls(paged.emulator);
    // One item per page: us-east-1 holds 2 agents, 2 guardrails and 2 custom models; one page where there are 0 or 1.
    expect(calls["bedrock-agent:ListAgents"]).toBe(2 + 2);
    expect(calls["bedrock:ListGuardrails"]).toBe(2 + 1 + 1);
    expect(calls["bedrock:ListCustomModels"]).toBe(2 + 1 + 1);
    expect(errorsOf(paged.report, /^bedrock/)).toEqual([]);
    expect(bedrockVerdicts(paged.report)).toEqual(bedrockVerdicts(clean.report));
  });

  it("gives the same verdicts through a throttling storm, retried by the SDK", async () => {
    const clean = await scan();
    await clean.emulator.close();
    const twice = { firstAttempts: 2, retryAfterSeconds: 0 };
    const stormy = await scan({
      faults: {
        throttle: [
          { service: "bedrock", operation: "GetGuardrail", resource: "weakguard001", ...twice },
          { service: "bedrock-agent", operation: "GetAgent", resource: "SUPPORTAG1", ...twice },
          { service: "bedrock-agent", operation: "GetDataSource", resource: "CLINICKB01/*", ...twice },
          {
            service: "bedrock",
            operation: "GetModelInvocationLoggingConfiguration",
            firstAttempts: 1,
            retryAfterSeconds: 0,
          },
        ],
      },
    });
    expect(stormy.report.errors).toEqual([]);
    expect(bedrockVerdicts(stormy.report)).toEqual(bedrockVerdicts(clean.report));
    const total = (emu: Emulator) => Object.values(bedrockCalls(emu)).reduce((a, b) => a + b, 0);
    // 2 extra attempts for each of the three resources, 1 for the logging read (counted once per rule key).
    expect(total(stormy.emulator)).toBe(total(clean.emulator) + 3 * 2 + 1);
  });

  it("turns AccessDenied on one agent into unknown plus an error entry, and leaves the rest alone", async () => {
    const { report, assets } = await scan({
      faults: { accessDenied: [{ service: "bedrock-agent", operation: "GetAgent", resource: "SUPPORTAG1" }] },
    });
    expect(report.errors).toEqual([
      expect.objectContaining({
        service: "bedrock-agent",
        operation: "GetAgent",
        resource: "ai-support-agent-noguardrail",
        region: "us-east-1",
        code: "AccessDeniedException",
      }),
    ]);
    for (const check of ["agent.guardrail", "agent.customer-managed-key"]) {
      const finding = findingFor(report, check, "ai-support-agent-noguardrail");
      expect(finding?.status, check).toBe("unknown");
      expect(finding?.message).toMatch(/GetAgent failed: AccessDeniedException/);
    }
    expect(findingFor(report, "agent.guardrail", "ai-agent-hardened")?.status).toBe("pass");
    // Its knowledge-base association came from another call, so that relation is still known.
    const agent = assets.find((a) => a.name === "ai-support-agent-noguardrail");
    expect(agent?.relations.map((r) => r.type)).toEqual(["uses-knowledge-base"]);
  });

  it("makes a region's checks unknown when its listings are denied, never passes them", async () => {
    const { report } = await scan({
      faults: { accessDenied: [{ service: "bedrock", operation: "ListGuardrails" }] },
    });
    expect(
      errorsOf(report, /^bedrock$/)
        .map((e) => `${e.region} ${e.operation} ${e.resource}`)
        .sort(),
    ).toEqual(REGIONS.map((r) => `${r} ListGuardrails bedrock/${r}`).sort());
    // Agents exist in us-east-1 and a custom model in us-west-2: whether a guardrail exists cannot be told.
    for (const region of ["us-east-1", "us-west-2"]) {
      const finding = findingFor(report, "ai-platform.guardrail-present", `bedrock/${region}`);
      expect(finding?.status, region).toBe("unknown");
      expect(finding?.message).toMatch(/ListGuardrails failed: AccessDeniedException/);
    }
    expect(report.findings.filter((f) => f.checkId === "guardrail.prompt-attack-filter")).toEqual([]);
    // Logging is on in us-east-1 whatever the guardrails: still decided.
    expect(findingFor(report, "ai-platform.invocation-logging", "bedrock/us-east-1")?.status).toBe("pass");
  });

  it("records a malformed reply as an error for that read and keeps the knowledge base's other relations", async () => {
    const { report, assets } = await scan({
      faults: {
        malformed: [{ service: "bedrock-agent", operation: "GetKnowledgeBase", resource: "CLINICKB01" }],
      },
    });
    expect(report.errors.map((e) => `${e.service} ${e.operation} ${e.resource}`)).toEqual([
      "bedrock-agent GetKnowledgeBase ai-clinical-notes-kb",
    ]);
    const kb = assets.find((a) => a.name === "ai-clinical-notes-kb");
    expect(kb?.kind === "knowledge-base" && kb.vectorStore).toMatchObject({ unknown: true });
    expect(kb?.relations.map((r) => `${r.type} ${r.target}`)).toEqual([`reads-data-from ${PHI_BUCKET}`]);
  });

  it("makes invocation logging unknown where its configuration cannot be read", async () => {
    const { report } = await scan({
      faults: {
        accessDenied: [{ service: "bedrock", operation: "GetModelInvocationLoggingConfiguration" }],
      },
    });
    for (const region of REGIONS) {
      const finding = findingFor(report, "ai-platform.invocation-logging", `bedrock/${region}`);
      expect(finding?.status, region).toBe("unknown");
    }
    expect(findingFor(report, "ai-platform.guardrail-present", "bedrock/us-west-2")?.status).toBe("fail");
  });
});
