// --scan-artifacts through the official S3 client against the emulated cloud: the models' artifacts are read by
// ranged GetObject calls (8 MiB each), scanned as they stream, and judged by model.unsafe-serialization and the
// graph check on the endpoint that serves them. Caps and a missing object stay unknown, never a pass.
import pLimit from "p-limit";
import { afterEach, describe, expect, it } from "vitest";
import { ALL_CHECKS } from "../../../checks/index.js";
import { startEmulator, type Emulator } from "../../../mocks/index.js";
import type { EstateInput } from "../../../mocks/estate/schema.js";
import { collectAwsAccount } from "../../../providers/aws/collect.js";
import { normalizeAws } from "../../../providers/aws/normalize.js";
import type { AwsScanOptions } from "../../../providers/aws/options.js";
import { evaluateAssets } from "../../../src/engine/evaluate.js";
import type { ModelArtifactAsset } from "../../../src/model/assets/model-artifact.js";
import { isUnknown } from "../../../src/model/known.js";

const ACCOUNT = "111122223333";
const BUCKET = "ml-artifacts";
const MIB = 1024 * 1024;

function model(name: string, key: string) {
  return {
    ModelName: name,
    PrimaryContainer: {
      Image:
        "763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:2.6.0-cpu-py312-ubuntu22.04-sagemaker",
      ModelDataUrl: `s3://${BUCKET}/${key}`,
    },
    ExecutionRoleArn: `arn:aws:iam::${ACCOUNT}:role/sagemaker`,
  };
}

const NAMES = ["evil", "evil-copy", "safe", "plain", "big", "missing"];

const ESTATE: EstateInput = {
  aws: {
    accounts: [
      {
        id: ACCOUNT,
        s3: {
          buckets: [
            {
              Name: BUCKET,
              Objects: [
                { Key: "evil/model.tar.gz", Generate: { model: "pickle-os-system" } },
                { Key: "safe/model.tar.gz", Generate: { model: "safetensors" } },
                { Key: "plain/model.tar.gz", Generate: { model: "pickle-plain" } },
                // 40 MiB of tensor bytes after a safe model file: five more ranges than fit the 16 MiB cap.
                {
                  Key: "big/model.tar",
                  Generate: { model: "safetensors", archive: "tar", padBytes: 40 * MIB },
                },
              ],
            },
          ],
        },
        sagemaker: {
          endpoints: NAMES.map((name) => ({
            EndpointName: `${name}-endpoint`,
            EndpointConfigName: `${name}-config`,
          })),
          endpointConfigs: NAMES.map((name) => ({
            EndpointConfigName: `${name}-config`,
            ProductionVariants: [
              {
                VariantName: "AllTraffic",
                ModelName: name,
                InstanceType: "ml.m5.large",
                InitialInstanceCount: 1,
              },
            ],
          })),
          models: [
            model("evil", "evil/model.tar.gz"),
            model("evil-copy", "evil/model.tar.gz"),
            model("safe", "safe/model.tar.gz"),
            model("plain", "plain/model.tar.gz"),
            model("big", "big/model.tar"),
            model("missing", "missing/model.tar.gz"),
          ],
        },
      },
    ],
  },
};

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function scan(extra: Partial<AwsScanOptions> = {}) {
  emulator = await startEmulator({ estate: ESTATE });
  const options: AwsScanOptions = {
    endpoint: emulator.endpoint,
    concurrency: 4,
    maxAttempts: 2,
    regions: ["us-east-1"],
    scanArtifacts: true,
    artifactObjectMib: 16,
    ...extra,
  };
  const inventory = await collectAwsAccount(options, pLimit(4));
  const { assets, errors } = normalizeAws(inventory);
  expect(errors).toEqual([]);
  const findings = evaluateAssets(assets, ALL_CHECKS);
  const status = (check: string, name: string) =>
    findings.find((f) => f.checkId === check && f.resource.name === name);
  const artifacts = assets.filter((a): a is ModelArtifactAsset => a.kind === "model-artifact");
  return { inventory, artifacts, status, calls: emulator.calls() };
}

describe("model artifacts over the wire", () => {
  it("reads each artifact once by range and judges what its serialization does on load", async () => {
    const { inventory, artifacts, status, calls } = await scan();
    expect(artifacts.map((a) => a.uri).sort()).toEqual(
      [
        "big/model.tar",
        "evil/model.tar.gz",
        "missing/model.tar.gz",
        "plain/model.tar.gz",
        "safe/model.tar.gz",
      ].map((k) => `s3://${BUCKET}/${k}`),
    );
    const evil = artifacts.find((a) => a.uri.endsWith("evil/model.tar.gz"))!;
    expect(evil.loadedBy.map((arn) => arn.split("/").pop()).sort()).toEqual(["evil", "evil-copy"]);

    const unsafe = status("model.unsafe-serialization", `s3://${BUCKET}/evil/model.tar.gz`)!;
    expect(unsafe.status).toBe("fail");
    expect(unsafe.severity).toBe("critical");
    expect(unsafe.message).toContain("model.tar.gz!model/pytorch_model.bin!archive/data.pkl");
    expect(unsafe.message).toContain("os.system via GLOBAL at byte 2");

    const plain = status("model.unsafe-serialization", `s3://${BUCKET}/plain/model.tar.gz`)!;
    expect([plain.status, plain.severity]).toEqual(["fail", "medium"]);
    expect(status("model.unsafe-serialization", `s3://${BUCKET}/safe/model.tar.gz`)?.status).toBe("pass");

    // 40 MiB behind a 16 MiB cap: two 8 MiB ranges, then unknown with the cap named.
    const big = status("model.unsafe-serialization", `s3://${BUCKET}/big/model.tar`)!;
    expect(big.status).toBe("unknown");
    expect(big.message).toContain("per-object cap");
    const bigAsset = artifacts.find((a) => a.uri.endsWith("big/model.tar"))!;
    expect(!isUnknown(bigAsset.scan) && bigAsset.scan.bytesFetched).toBe(16 * MIB);

    // A missing object is an error entry and unknown, not a pass.
    expect(status("model.unsafe-serialization", `s3://${BUCKET}/missing/model.tar.gz`)?.status).toBe(
      "unknown",
    );
    expect(inventory.errors.map((e) => `${e.operation} ${e.code} ${e.resource}`)).toEqual([
      `GetObject NoSuchKey s3://${BUCKET}/missing/model.tar.gz`,
    ]);

    expect(status("graph.unsafe-model-public-endpoint", "evil-endpoint")?.status).toBe("fail");
    expect(status("graph.unsafe-model-public-endpoint", "safe-endpoint")?.status).toBe("pass");
    // One ranged read per small artifact (four), two for the capped one; nothing written.
    expect(calls["s3:GetObject"]).toBe(6);
    expect(emulator!.writesAttempted()).toEqual([]);
  });

  it("leaves artifacts unread without --scan-artifacts, and the graph check unknown", async () => {
    const { artifacts, status, calls } = await scan({ scanArtifacts: false });
    expect(artifacts).toEqual([]);
    expect(calls["s3:GetObject"]).toBeUndefined();
    expect(status("graph.unsafe-model-public-endpoint", "evil-endpoint")?.status).toBe("unknown");
  });

  it("stops at the scan's byte cap: later artifacts are unknown with the cap named", async () => {
    const { artifacts } = await scan({ artifactScanMib: 8 });
    const skipped = artifacts.filter(
      (a) => isUnknown(a.scan) && a.scan.reason.includes("cap on artifact reads"),
    );
    expect(skipped.length).toBeGreaterThan(0);
  });
});
