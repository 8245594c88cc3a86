// The SageMaker collector through the official @aws-sdk/client-sagemaker against the emulated cloud: what it
// reads per asset kind, pagination, throttling, AccessDenied, malformed replies, the training-job window, a saved
// inventory, and the demo's planted cases, hardened twins and relations.
import { afterEach, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "../../../mocks/index.js";
import { ALL_CHECKS } from "../../../checks/index.js";
import { awsProvider } from "../../../providers/aws/index.js";
import { DEFAULT_AWS_REGIONS } from "../../../providers/aws/regions.js";
import { DEMO_ESTATE } from "../../../cli/commands/demo.js";
import { assess } from "../../../src/engine/scan.js";
import type { Asset } from "../../../src/model/asset.js";
import type { Report } from "../../../src/model/finding.js";
import { AssetGraph } from "../../../src/model/graph.js";
import type { Inventory } from "../../../src/model/inventory.js";
import { findingFor, scanEmulator } from "../../support/scan.js";
import { collectWith } from "../../support/collect.js";

/** The demo's SageMaker regions: reading only these keeps most tests small. */
const REGIONS = ["us-east-1", "us-west-2"];
const ARN = "arn:aws:sagemaker:us-east-1:111122223333";
const SAGEMAKER_KINDS = [
  "model-endpoint",
  "model",
  "notebook",
  "training-job",
  "ml-workspace",
  "ml-job",
  "feature-store",
  "model-package-group",
  "inference-experiment",
];

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function scan(
  options: Partial<Parameters<typeof startEmulator>[0]> = {},
  /** null: every default region. */
  regions: string[] | null = REGIONS,
): Promise<{ report: Report; inventory: Inventory; assets: Asset[]; emulator: Emulator }> {
  emulator = await startEmulator({ estate: DEMO_ESTATE, ...options });
  const result = await scanEmulator(emulator, regions ? { regions } : {});
  return { ...result, assets: awsProvider.normalize(result.inventory).assets, emulator };
}

const sageMakerCalls = (emu: Emulator) =>
  Object.fromEntries(Object.entries(emu.calls()).filter(([key]) => key.startsWith("sagemaker:")));

/** Verdicts of the SageMaker assets only: other services' behaviour under these faults is their tests' business. */
const verdicts = (report: Report) =>
  report.findings
    .filter((f) => f.resource.type.startsWith("aws.sagemaker."))
    .map((f) => `${f.checkId} ${f.resource.id} ${f.status} ${f.severity}`)
    .sort();

const sageMakerErrors = (report: Report) => report.errors.filter((e) => e.service === "sagemaker");
const status = (report: Report, check: string, name: string) => findingFor(report, check, name)?.status;

describe("SageMaker over the wire", () => {
  it("reads each kind with the documented calls only, and the demo's planted cases come out", async () => {
    const { report, assets, emulator: emu } = await scan({}, null);
    expect(sageMakerErrors(report)).toEqual([]);
    expect(emu.writesAttempted()).toEqual([]);
    const calls = sageMakerCalls(emu);
    expect(Object.keys(calls).every((key) => /^sagemaker:(List|Describe|Get)/.test(key))).toBe(true);

    // One page of each listing per region, in every default region.
    for (const op of ["ListEndpoints", "ListNotebookInstances", "ListTrainingJobs", "ListDomains"])
      expect(calls[`sagemaker:${op}`], op).toBe(DEFAULT_AWS_REGIONS.length);
    // Per endpoint: DescribeEndpoint + DescribeEndpointConfig; per served model (deduplicated): DescribeModel;
    // per notebook, recent training job and domain: one Describe. The 2024 training job is outside the window.
    const count = (kind: string) => assets.filter((a) => a.kind === kind).length;
    expect(SAGEMAKER_KINDS.map(count)).toEqual([4, 5, 3, 2, 2, 16, 2, 3, 2]);
    expect(calls["sagemaker:DescribeEndpoint"]).toBe(4);
    expect(calls["sagemaker:DescribeEndpointConfig"]).toBe(4);
    expect(calls["sagemaker:DescribeModel"]).toBe(5);
    expect(calls["sagemaker:DescribeNotebookInstance"]).toBe(3);
    expect(calls["sagemaker:DescribeTrainingJob"]).toBe(2);
    expect(calls["sagemaker:DescribeDomain"]).toBe(2);

    const planted: Array<[string, string]> = [
      ["model-endpoint.kms-key", "clinical-summarizer-prod"],
      ["model-endpoint.data-capture-kms-key", "clinical-summarizer-prod"],
      ["model-endpoint.single-instance", "clinical-summarizer-prod"],
      ["model-endpoint.async-output-kms-key", "doc-embedder-async"],
      ["model.vulnerable-framework", "clinical-summarizer-pt113"],
      ["model.vulnerable-framework", "doc-embedder-hf"],
      ["model.network-isolation", "clinical-summarizer-pt113"],
      ["model.vpc", "clinical-summarizer-pt113"],
      ["model.private-registry", "clinical-summarizer-pt113"],
      ["notebook.supported-platform", "clinical-nlp-scratch"],
      ["notebook.direct-internet-access", "clinical-nlp-scratch"],
      ["notebook.root-access", "clinical-nlp-scratch"],
      ["notebook.kms-key", "clinical-nlp-scratch"],
      ["notebook.vpc", "clinical-nlp-scratch"],
      // The AWS managed aws/sagemaker key named by its key ARN: only KMS DescribeKey says whose it is.
      ["notebook.kms-key", "genomics-notebook-aws-key"],
      ["training-job.inter-container-encryption", "clinical-notes-finetune-2026-11"],
      ["training-job.volume-kms-key", "clinical-notes-finetune-2026-11"],
      ["training-job.output-kms-key", "clinical-notes-finetune-2026-11"],
      ["training-job.network-isolation", "clinical-notes-finetune-2026-11"],
      ["training-job.vpc", "clinical-notes-finetune-2026-11"],
      ["ml-workspace.public-internet", "ai-research-studio"],
      ["ml-workspace.kms-key", "ai-research-studio"],
    ];
    for (const [check, name] of planted) expect(status(report, check, name), `${check} ${name}`).toBe("fail");
    expect(findingFor(report, "model.vulnerable-framework", "clinical-summarizer-pt113")).toMatchObject({
      severity: "critical",
      message: expect.stringMatching(/pytorch 1\.13\.1 has CVE-2025-32434/),
    });
    // g5 instances keep volumes on hardware-encrypted NVMe: no key is possible, so no finding.
    expect(findingFor(report, "model-endpoint.kms-key", "doc-embedder-async")).toMatchObject({
      status: "pass",
      message: expect.stringMatching(/ml\.g5\.xlarge .*local NVMe/),
    });
    // A custom image is judged from its registry's scan of the image.
    expect(findingFor(report, "model.vulnerable-framework", "fraud-scorer-custom")).toMatchObject({
      status: "fail",
      message: expect.stringMatching(/the registry's scan of the image/),
    });

    const hardened = report.findings.filter(
      (f) => f.resource.type.startsWith("aws.sagemaker.") && f.resource.name.includes("hardened"),
    );
    // Endpoint and model risk-model-hardened, a notebook, a training job, a domain, eight ml-jobs, a feature group,
    // a model registry group, an inference experiment.
    expect(new Set(hardened.map((f) => f.resource.id)).size).toBe(16);
    // Without --scan-artifacts the served artifacts are not read: that check cannot tell, on the twin too.
    const needsArtifacts = (f: { checkId: string }) => f.checkId === "graph.unsafe-model-public-endpoint";
    for (const f of hardened.filter(needsArtifacts))
      expect([f.status, f.message]).toEqual(["unknown", expect.stringContaining("--scan-artifacts")]);
    expect(hardened.filter((f) => f.status !== "pass" && !needsArtifacts(f))).toEqual([]);
  });

  it("reads processing, tuning and AutoML jobs and Model Monitor over the wire, planted and hardened", async () => {
    const { report, assets, emulator: emu } = await scan();
    expect(sageMakerErrors(report)).toEqual([]);
    const calls = sageMakerCalls(emu);
    for (const op of [
      "ListProcessingJobs",
      "ListHyperParameterTuningJobs",
      "ListAutoMLJobs",
      "ListMonitoringSchedules",
      "ListDataQualityJobDefinitions",
      "ListModelQualityJobDefinitions",
      "ListModelBiasJobDefinitions",
      "ListModelExplainabilityJobDefinitions",
      "ListFeatureGroups",
    ])
      expect(calls[`sagemaker:${op}`], op).toBe(REGIONS.length);
    // The named definition is read once, with the definitions, not again for its schedule.
    expect(calls["sagemaker:DescribeDataQualityJobDefinition"]).toBe(2);
    const jobs = assets.filter((a) => a.kind === "ml-job");
    expect(jobs.map((j) => j.name).sort()).toEqual([
      "churn-hpo-2026",
      "clinical-bias-definition",
      "clinical-dq-definition",
      "clinical-explain-definition",
      "clinical-mq-definition",
      "clinical-notes-preprocess",
      "clinical-summarizer-dq-monitor",
      "fraud-automl-hardened",
      "fraud-hpo-hardened",
      "fraud-preprocess-hardened",
      "risk-bias-hardened",
      "risk-dq-hardened",
      "risk-explain-hardened",
      "risk-model-monitor-hardened",
      "risk-mq-hardened",
      "support-ticket-automl",
    ]);
    const planted: Array<[string, string, string]> = [
      ["ml-job.network-isolation", "clinical-notes-preprocess", "fail"],
      ["ml-job.inter-container-encryption", "clinical-notes-preprocess", "fail"],
      ["ml-job.volume-kms-key", "clinical-notes-preprocess", "fail"],
      ["ml-job.output-kms-key", "clinical-notes-preprocess", "fail"],
      ["ml-job.vpc", "clinical-notes-preprocess", "fail"],
      ["ml-job.inter-container-encryption", "churn-hpo-2026", "fail"],
      ["ml-job.network-isolation", "support-ticket-automl", "fail"],
      // AutoML sizes its candidates' jobs itself and may spread them over several instances.
      ["ml-job.inter-container-encryption", "support-ticket-automl", "fail"],
      ["ml-job.network-isolation", "clinical-summarizer-dq-monitor", "fail"],
      ["ml-job.vpc", "clinical-summarizer-dq-monitor", "fail"],
      // One instance: nothing crosses the network between containers.
      ["ml-job.inter-container-encryption", "clinical-summarizer-dq-monitor", "pass"],
      ["ml-job.inter-container-encryption", "clinical-mq-definition", "fail"],
      ["ml-job.network-isolation", "clinical-bias-definition", "fail"],
      ["ml-job.network-isolation", "clinical-explain-definition", "fail"],
    ];
    for (const [check, name, want] of planted)
      expect(status(report, check, name), `${check} ${name}`).toBe(want);
    const hardened = report.findings.filter(
      (f) =>
        f.resource.type.startsWith("aws.sagemaker.") &&
        f.resource.name.includes("hardened") &&
        f.checkId.startsWith("ml-job."),
    );
    expect(hardened.length).toBe(8 * 5);
    expect(hardened.filter((f) => f.status !== "pass")).toEqual([]);
  });

  it("reads Feature Store feature groups: keys of both stores, the offline store's bucket", async () => {
    const { report, assets } = await scan();
    expect(sageMakerErrors(report)).toEqual([]);
    expect(
      assets
        .filter((a) => a.kind === "feature-store")
        .map((a) => a.name)
        .sort(),
    ).toEqual(["clinical-patient-features", "fraud-features-hardened"]);
    for (const check of ["feature-store.online-kms-key", "feature-store.offline-kms-key"]) {
      expect(status(report, check, "clinical-patient-features"), check).toBe("fail");
      expect(status(report, check, "fraud-features-hardened"), check).toBe("pass");
    }
    const graph = new AssetGraph(assets);
    const group = graph.get(`${ARN}:feature-group/clinical-patient-features`)!;
    expect(graph.related(group, "writes-output-to").map((r) => r.asset.name)).toEqual([
      "ai-model-artifacts-prod",
    ]);
  });

  it("reads inference experiments (shadow tests): both keys judged by KMS's answer, the planted one fails", async () => {
    const { report, assets, emulator: emu } = await scan();
    expect(sageMakerErrors(report)).toEqual([]);
    const calls = sageMakerCalls(emu);
    expect(calls["sagemaker:ListInferenceExperiments"]).toBe(REGIONS.length);
    expect(calls["sagemaker:DescribeInferenceExperiment"]).toBe(2);
    const experiments = assets.filter((a) => a.kind === "inference-experiment");
    // The listing carries no ARN: the record is named by the Describe reply's.
    expect(experiments.map((a) => a.id).sort()).toEqual([
      `${ARN}:inference-experiment/clinical-summarizer-shadow`,
      `${ARN}:inference-experiment/risk-model-shadow-hardened`,
    ]);
    for (const check of [
      "inference-experiment.volume-kms-key",
      "inference-experiment.data-storage-kms-key",
    ]) {
      expect(status(report, check, "clinical-summarizer-shadow"), check).toBe("fail");
      expect(status(report, check, "risk-model-shadow-hardened"), check).toBe("pass");
    }
    // The stored traffic names the AWS managed aws/sagemaker key by ARN: only DescribeKey says whose it is.
    expect(
      findingFor(report, "inference-experiment.data-storage-kms-key", "clinical-summarizer-shadow")?.message,
    ).toMatch(
      /under AWS managed KMS key arn:aws:kms:us-east-1:111122223333:key\/0e5c7a91-3b2d-4f6e-8a1c-awsmanagedsm/,
    );
    const graph = new AssetGraph(assets);
    const shadow = graph.get(`${ARN}:inference-experiment/clinical-summarizer-shadow`)!;
    expect(graph.related(shadow, "serves-model").map((r) => r.asset.name)).toEqual([
      "clinical-summarizer-pt113",
    ]);
    expect(graph.related(shadow, "logs-to").map((r) => r.asset.name)).toEqual(["ai-embeddings-sse-s3"]);
  });

  it("turns a denied DescribeInferenceExperiment into unknown plus an error entry", async () => {
    const { report, assets } = await scan({
      faults: {
        accessDenied: [
          {
            service: "sagemaker",
            operation: "DescribeInferenceExperiment",
            resource: "risk-model-shadow-hardened",
          },
        ],
      },
    });
    expect(sageMakerErrors(report).map((e) => `${e.operation} ${e.resource} ${e.code}`)).toEqual([
      "DescribeInferenceExperiment risk-model-shadow-hardened AccessDeniedException",
    ]);
    // Still an asset (named by the ARN SageMaker gives it), and neither check passes.
    expect(assets.find((a) => a.name === "risk-model-shadow-hardened")?.id).toBe(
      `${ARN}:inference-experiment/risk-model-shadow-hardened`,
    );
    for (const check of [
      "inference-experiment.volume-kms-key",
      "inference-experiment.data-storage-kms-key",
    ]) {
      const finding = findingFor(report, check, "risk-model-shadow-hardened");
      expect(finding?.status, check).toBe("unknown");
      expect(finding?.message).toMatch(/DescribeInferenceExperiment failed: AccessDeniedException/);
    }
    expect(status(report, "inference-experiment.volume-kms-key", "clinical-summarizer-shadow")).toBe("fail");
  });

  it("links endpoints to models and models and jobs to the buckets they use", async () => {
    const { assets } = await scan();
    const graph = new AssetGraph(assets);
    const endpoint = graph.get(`${ARN}:endpoint/clinical-summarizer-prod`)!;
    const served = graph.related(endpoint, "serves-model").map((r) => r.asset.name);
    expect(served).toEqual(["clinical-summarizer-pt113"]);
    expect(endpoint.relations).toContainEqual(
      expect.objectContaining({ type: "logs-to", target: "arn:aws:s3:::ai-embeddings-sse-s3" }),
    );
    const model = graph.get(`${ARN}:model/clinical-summarizer-pt113`)!;
    expect(graph.related(model, "loads-artifacts-from").map((r) => r.asset.name)).toEqual([
      "ai-model-artifacts-prod",
    ]);
    const job = graph.get(`${ARN}:training-job/clinical-notes-finetune-2026-11`)!;
    expect(graph.related(job, "reads-training-data-from").map((r) => r.asset.name)).toEqual([
      "ai-clinical-notes-phi",
    ]);
    expect(graph.related(job, "writes-output-to").map((r) => r.asset.name)).toEqual([
      "ai-model-artifacts-prod",
    ]);
    const hardenedJob = graph.get(`${ARN}:training-job/fraud-model-train-hardened`)!;
    // Two channels from one bucket are one edge naming both.
    expect(hardenedJob.relations.filter((r) => r.type === "reads-training-data-from")).toEqual([
      expect.objectContaining({
        target: "arn:aws:s3:::ai-training-data-hardened",
        detail: expect.stringMatching(/channel train.*channel validation/),
      }),
    ]);
    const westDomain = assets.find((a) => a.name === "ai-studio-hardened");
    expect(westDomain).toMatchObject({ kind: "ml-workspace", region: "us-west-2" });
  });

  it("gives the same verdicts with a page size of 1", async () => {
    const clean = await scan();
    await clean.emulator.close();
    const paged = await scan({ pageSize: 1 });
    const calls = sageMakerCalls(paged.emulator);
    // us-east-1 has 4 endpoints: 4 pages; us-west-2 has none: 1 page.
    expect(calls["sagemaker:ListEndpoints"]).toBe(5);
    expect(calls["sagemaker:ListNotebookInstances"]).toBe(4);
    expect(sageMakerErrors(paged.report)).toEqual([]);
    expect(verdicts(paged.report)).toEqual(verdicts(clean.report));
  });

  it("gives the same verdicts through a small throttling storm, retried by the SDK", async () => {
    const clean = await scan();
    await clean.emulator.close();
    const twice = { service: "sagemaker", firstAttempts: 2, retryAfterSeconds: 0 };
    const stormy = await scan({
      faults: {
        throttle: [
          { ...twice, operation: "DescribeEndpoint", resource: "clinical-summarizer-prod" },
          { ...twice, operation: "DescribeModel", resource: "clinical-summarizer-pt113" },
          { service: "sagemaker", operation: "ListTrainingJobs", firstAttempts: 1, retryAfterSeconds: 0 },
        ],
      },
    });
    expect(stormy.report.errors).toEqual([]);
    expect(verdicts(stormy.report)).toEqual(verdicts(clean.report));
    const total = (emu: Emulator) => Object.values(sageMakerCalls(emu)).reduce((a, b) => a + b, 0);
    expect(total(stormy.emulator)).toBe(total(clean.emulator) + 2 + 2 + 1);
  });

  it("turns AccessDenied on one model into unknown plus an error entry, never a pass", async () => {
    const { report, assets } = await scan({
      faults: {
        accessDenied: [
          { service: "sagemaker", operation: "DescribeModel", resource: "clinical-summarizer-pt113" },
        ],
      },
    });
    expect(sageMakerErrors(report)).toEqual([
      expect.objectContaining({
        operation: "DescribeModel",
        resource: "clinical-summarizer-pt113",
        code: "AccessDeniedException",
        region: "us-east-1",
      }),
    ]);
    // The model is still an asset, and every one of its checks says why it cannot tell.
    expect(assets.find((a) => a.name === "clinical-summarizer-pt113")?.kind).toBe("model");
    for (const check of ["model.vulnerable-framework", "model.network-isolation", "model.vpc"]) {
      const finding = findingFor(report, check, "clinical-summarizer-pt113");
      expect(finding?.status, check).toBe("unknown");
      expect(finding?.message).toMatch(/DescribeModel failed: AccessDeniedException/);
    }
    // Its endpoint and the other models are unaffected.
    expect(status(report, "model-endpoint.single-instance", "clinical-summarizer-prod")).toBe("fail");
    expect(status(report, "model.vulnerable-framework", "doc-embedder-hf")).toBe("fail");
    expect(status(report, "model.vulnerable-framework", "risk-model-hardened")).toBe("pass");
  });

  it("keeps what DescribeEndpoint says when the endpoint configuration is denied", async () => {
    const { report, assets } = await scan({
      faults: {
        accessDenied: [
          {
            service: "sagemaker",
            operation: "DescribeEndpointConfig",
            resource: "clinical-summarizer-config-v3",
          },
        ],
      },
    });
    expect(sageMakerErrors(report).map((e) => `${e.operation} ${e.resource} ${e.code}`)).toEqual([
      "DescribeEndpointConfig clinical-summarizer-config-v3 AccessDeniedException",
    ]);
    const kms = findingFor(report, "model-endpoint.kms-key", "clinical-summarizer-prod");
    expect(kms?.status).toBe("unknown");
    expect(kms?.message).toMatch(/DescribeEndpointConfig failed: AccessDeniedException/);
    // Instance counts and capture settings come from the live endpoint.
    expect(status(report, "model-endpoint.single-instance", "clinical-summarizer-prod")).toBe("fail");
    expect(status(report, "model-endpoint.data-capture-kms-key", "clinical-summarizer-prod")).toBe("fail");
    // Which models it serves is unknowable: none is read for it.
    expect(assets.some((a) => a.name === "clinical-summarizer-pt113")).toBe(false);
  });

  it("answers unknown, never pass, for a key KMS would not describe", async () => {
    const hardenedKey = "arn:aws:kms:us-east-1:111122223333:key/2f1e0d9c-aaaa-4bbb-8ccc-hardenedtraining";
    const { report } = await scan({
      faults: { accessDenied: [{ service: "kms", operation: "DescribeKey", resource: hardenedKey }] },
    });
    // One entry per collector that asked (S3 asks for a bucket's default key too), all for this key.
    expect(new Set(report.errors.map((e) => `${e.service} ${e.operation} ${e.resource} ${e.code}`))).toEqual(
      new Set([`kms DescribeKey ${hardenedKey} AccessDeniedException`]),
    );
    for (const [check, name] of [
      ["notebook.kms-key", "research-notebook-hardened"],
      ["training-job.volume-kms-key", "fraud-model-train-hardened"],
      ["training-job.output-kms-key", "fraud-model-train-hardened"],
      ["model-endpoint.kms-key", "risk-model-hardened"],
      ["model-endpoint.data-capture-kms-key", "risk-model-hardened"],
      ["inference-experiment.volume-kms-key", "risk-model-shadow-hardened"],
      ["inference-experiment.data-storage-kms-key", "risk-model-shadow-hardened"],
    ]) {
      const finding = findingFor(report, check!, name!);
      expect(finding?.status, `${check} ${name}`).toBe("unknown");
      expect(finding?.message).toMatch(/kms:DescribeKey on that key was not answered/);
    }
    // Checks that do not depend on the key are unaffected.
    expect(status(report, "notebook.root-access", "research-notebook-hardened")).toBe("pass");
  });

  it("records a malformed reply as an error for that operation and goes on", async () => {
    const { report } = await scan({
      faults: {
        malformed: [
          { service: "sagemaker", operation: "DescribeNotebookInstance", resource: "clinical-nlp-scratch" },
        ],
      },
    });
    expect(sageMakerErrors(report).map((e) => `${e.operation} ${e.resource}`)).toEqual([
      "DescribeNotebookInstance clinical-nlp-scratch",
    ]);
    for (const check of [
      "notebook.direct-internet-access",
      "notebook.root-access",
      "notebook.kms-key",
      "notebook.vpc",
    ])
      expect(status(report, check, "clinical-nlp-scratch"), check).toBe("unknown");
    expect(status(report, "notebook.root-access", "research-notebook-hardened")).toBe("pass");
  });

  it("records a denied listing as a gap for its region and keeps the other kinds", async () => {
    const { report, assets } = await scan({
      faults: { accessDenied: [{ service: "sagemaker", operation: "ListTrainingJobs" }] },
    });
    expect(
      sageMakerErrors(report)
        .map((e) => `${e.operation} ${e.region} ${e.code}`)
        .sort(),
    ).toEqual([
      "ListTrainingJobs us-east-1 AccessDeniedException",
      "ListTrainingJobs us-west-2 AccessDeniedException",
    ]);
    expect(assets.filter((a) => a.kind === "training-job")).toEqual([]);
    expect(status(report, "notebook.vpc", "clinical-nlp-scratch")).toBe("fail");
  });

  it("reads training jobs from the configured window", async () => {
    emulator = await startEmulator({ estate: DEMO_ESTATE });
    const inventory = await collectWith([awsProvider], {
      endpoint: emulator.endpoint,
      concurrency: 8,
      maxAttempts: 4,
      regions: ["us-east-1"],
      trainingJobDays: 2000,
    });
    const jobs = awsProvider.normalize(inventory).assets.filter((a) => a.kind === "training-job");
    expect(jobs.map((j) => j.name).sort()).toEqual([
      "clinical-notes-finetune-2026-11",
      "fraud-model-train-hardened",
      "legacy-baseline-2024",
    ]);
  });

  it("gives the same verdicts from a saved inventory (timestamps as strings)", async () => {
    const { report, inventory } = await scan();
    const saved = JSON.parse(JSON.stringify(inventory)) as Inventory;
    const { report: offline } = assess(saved, [awsProvider], ALL_CHECKS, new Date().toISOString(), "test");
    expect(verdicts(offline)).toEqual(verdicts(report));
    const job = awsProvider.normalize(saved).assets.find((a) => a.name === "clinical-notes-finetune-2026-11");
    expect(job).toMatchObject({
      kind: "training-job",
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
  });

  it("reports an endpoint whose configuration or model was deleted as unknown, with the service's error", async () => {
    emulator = await startEmulator({
      estate: {
        aws: {
          accounts: [
            {
              id: "111122223333",
              sagemaker: {
                endpoints: [
                  { EndpointName: "orphaned", EndpointConfigName: "deleted-config" },
                  { EndpointName: "model-gone", EndpointConfigName: "live-config" },
                ],
                endpointConfigs: [
                  {
                    EndpointConfigName: "live-config",
                    ProductionVariants: [
                      {
                        VariantName: "AllTraffic",
                        ModelName: "deleted-model",
                        InstanceType: "ml.m5.large",
                        InitialInstanceCount: 2,
                      },
                    ],
                  },
                ],
              },
            },
          ],
        },
      },
    });
    const { report } = await scanEmulator(emulator, { regions: ["us-east-1"] });
    expect(
      sageMakerErrors(report)
        .map((e) => `${e.operation} ${e.resource} ${e.code}`)
        .sort(),
    ).toEqual([
      "DescribeEndpointConfig deleted-config ValidationException",
      "DescribeModel deleted-model ValidationException",
    ]);
    expect(findingFor(report, "model-endpoint.kms-key", "orphaned")?.message).toMatch(
      /DescribeEndpointConfig failed: ValidationException/,
    );
    // The live endpoint still reports its instances; the deleted model is an asset whose checks cannot tell.
    expect(status(report, "model-endpoint.single-instance", "model-gone")).toBe("pass");
    expect(status(report, "model.vulnerable-framework", "deleted-model")).toBe("unknown");
  });
});
