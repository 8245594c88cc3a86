// Memory of --scan-artifacts on a generated 2 GiB model artifact served by the emulator with ranged reads:
//   npm run bench:artifacts                 (ARTIFACT_MIB=2048 by default)
// The emulator runs in a child process (`aiposture mock`), so the peak RSS printed is the scanner's alone: the
// collector reading the object in 8 MiB GetObject ranges through the official S3 client and the streaming scan.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pLimit from "p-limit";
import { stringify } from "yaml";
import { collectAwsAccount } from "../providers/aws/collect.js";
import { normalizeAws } from "../providers/aws/normalize.js";
import type { ModelArtifactAsset } from "../src/model/assets/model-artifact.js";
import { isUnknown } from "../src/model/known.js";

const MIB = 1024 * 1024;
const artifactMib = Number(process.env["ARTIFACT_MIB"] ?? 2048);
const KEY = "bench/model.tar";

const estate = {
  aws: {
    accounts: [
      {
        id: "111122223333",
        s3: {
          buckets: [
            {
              Name: "bench-artifacts",
              Objects: [
                {
                  Key: KEY,
                  Generate: { model: "pickle-os-system", archive: "tar", padBytes: artifactMib * MIB },
                },
              ],
            },
          ],
        },
        sagemaker: {
          endpoints: [{ EndpointName: "bench", EndpointConfigName: "bench-config" }],
          endpointConfigs: [
            {
              EndpointConfigName: "bench-config",
              ProductionVariants: [
                {
                  VariantName: "AllTraffic",
                  ModelName: "bench",
                  InstanceType: "ml.m5.large",
                  InitialInstanceCount: 1,
                },
              ],
            },
          ],
          models: [
            {
              ModelName: "bench",
              PrimaryContainer: { Image: "img", ModelDataUrl: `s3://bench-artifacts/${KEY}` },
              ExecutionRoleArn: "arn:aws:iam::111122223333:role/bench",
            },
          ],
        },
      },
    ],
  },
};

const dir = mkdtempSync(join(tmpdir(), "aiposture-bench-"));
const estateFile = join(dir, "estate.yaml");
writeFileSync(estateFile, stringify(estate));
const mock = spawn(
  process.execPath,
  ["--import", "tsx", "cli/bin.ts", "mock", "--estate", estateFile, "--port", "0"],
  {
    stdio: ["ignore", "pipe", "inherit"],
  },
);
try {
  const endpoint = await new Promise<string>((resolve, reject) => {
    mock.stdout.on("data", (chunk: Buffer) => {
      const found = chunk.toString().match(/http:\/\/127\.0\.0\.1:\d+/);
      if (found) resolve(found[0]);
    });
    mock.once("exit", (code) => reject(new Error(`the emulator exited (${code})`)));
  });

  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  const inventory = await collectAwsAccount(
    {
      endpoint,
      concurrency: 4,
      maxAttempts: 3,
      regions: ["us-east-1"],
      scanArtifacts: true,
      artifactObjectMib: artifactMib + 16,
      artifactScanMib: artifactMib + 16,
    },
    pLimit(4),
  );
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const artifact = normalizeAws(inventory).assets.find(
    (a): a is ModelArtifactAsset => a.kind === "model-artifact",
  );
  const scan = artifact && !isUnknown(artifact.scan) ? artifact.scan : undefined;
  console.log(
    JSON.stringify({
      artifactMib,
      objectBytes: scan?.size,
      bytesFetched: scan?.bytesFetched,
      getObjectRanges: (
        inventory.records.find((r) => r.resourceType === "aws.s3.model-artifact")?.replies["GetObject"] as {
          ranges?: number;
        }
      )?.ranges,
      seconds: Number(((performance.now() - started) / 1000).toFixed(1)),
      baselineRssMib: Math.round(baseline / MIB),
      peakRssMib: Math.round(peak / MIB),
      verdicts: scan?.files.map((f) => `${f.path} ${f.risk}`),
      errors: inventory.errors.map((e) => `${e.operation} ${e.code}`),
    }),
  );
} finally {
  mock.kill();
  rmSync(dir, { recursive: true, force: true });
}
