// Both cores (issue 12): the per-bucket reads spread over worker threads must change nothing but the wall. The
// same generated estate is scanned over the wire with every read on the main thread and with two workers beside
// it, with throttling on so retries go through the shared quotas; the findings and their fingerprints must match.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runScan } from "../../cli/commands/scan.js";
import { generateEstate, startEmulator, type Emulator } from "../../mocks/index.js";
import { WORKER_THREADS_ENV } from "../../providers/aws/s3/bucket-shards.js";

let emulator: Emulator;
let dir: string;
beforeAll(async () => {
  emulator = await startEmulator({
    estate: generateEstate({ buckets: 150, seed: 11 }),
    faults: {
      throttle: [{ service: "s3", operation: "GetBucketAcl", rate: 0.2, seed: 3, retryAfterSeconds: 0 }],
    },
  });
  dir = mkdtempSync(join(tmpdir(), "aiposture-shards-"));
});
afterAll(async () => {
  await emulator.close();
  rmSync(dir, { recursive: true, force: true });
  delete process.env[WORKER_THREADS_ENV];
});

async function scan(workers: number) {
  process.env[WORKER_THREADS_ENV] = String(workers);
  emulator.resetStats();
  let progress = "";
  const { report } = await runScan(
    {
      format: "json",
      output: join(dir, `report-${workers}.json`),
      failOn: "none",
      concurrency: 16,
      maxAttempts: 8,
      provider: "aws",
      endpoint: emulator.endpoint,
    },
    { stdout: () => {}, stderr: (text: string) => void (progress += text), progress: true },
  );
  const findings = report.findings
    .map((f) => `${f.id} ${f.checkId} ${f.resource.id} ${f.status} ${f.message}`)
    .sort();
  const bucketCalls = Object.entries(emulator.calls())
    .filter(([key]) => key.startsWith("s3:GetBucket") || key === "s3:GetPublicAccessBlock")
    .reduce((sum, [, n]) => sum + n, 0);
  return { findings, errors: report.errors, progress, bucketCalls, throttles: emulator.throttles() };
}

describe("S3 bucket reads sharded over worker threads", () => {
  it("find exactly what one thread finds, fingerprints included", async () => {
    const one = await scan(0);
    const three = await scan(2);
    expect(one.progress).not.toMatch(/threads/);
    expect(three.progress).toMatch(/150 buckets \(read by 3 threads\)/);
    expect(three.throttles).toBeGreaterThan(0);
    expect(one.errors).toEqual([]);
    expect(three.errors).toEqual([]);
    expect(one.findings.length).toBeGreaterThan(150);
    expect(three.findings).toEqual(one.findings);
    // Every bucket read once per operation, whichever thread claimed it (plus the throttled attempts).
    expect(three.bucketCalls - three.throttles).toBe(one.bucketCalls - one.throttles);
  }, 120_000);
});
