// Replay: a saved inventory served by the emulator (mock --estate inventory.json) and scanned again over the wire
// gives the same verdicts, fingerprint for fingerprint, for every AWS resource of the demo; a read that
// failed when recorded is denied again, so an unknown stays unknown; what is not served is named.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEMO_ESTATE } from "../../cli/commands/demo.js";
import { runScan, type ScanFlags } from "../../cli/commands/scan.js";
import { startEmulator, type EmulatorOptions } from "../../mocks/index.js";
import { estateFromInventory } from "../../mocks/estate/replay.js";
import { AWS_REPLAYS } from "../../mocks/services/index.js";
import type { Report } from "../../src/model/finding.js";
import type { Inventory } from "../../src/model/inventory.js";

const dir = mkdtempSync(join(tmpdir(), "aiposture-replay-"));
const DENIED = [
  { service: "s3", operation: "GetBucketPolicy", resource: "ai-model-artifacts-prod" },
  { service: "sagemaker", operation: "DescribeNotebookInstance", resource: "clinical-nlp-scratch" },
];

async function scan(emulation: EmulatorOptions, flags: Partial<ScanFlags> = {}) {
  const emulator = await startEmulator(emulation);
  try {
    const { report } = await runScan(
      {
        provider: "aws",
        endpoint: emulator.endpoint,
        format: "json",
        failOn: "none",
        concurrency: 8,
        maxAttempts: 2,
        ...flags,
      },
      { stdout: () => undefined, stderr: () => undefined, progress: false },
    );
    return { report, notes: emulator.notes };
  } finally {
    await emulator.close();
  }
}

const verdicts = (report: Report) => Object.fromEntries(report.findings.map((f) => [f.id, f.status]));

describe("replaying a saved inventory", () => {
  it("serves the recorded account: same fingerprints and verdicts, unknowns included", async () => {
    const saved = join(dir, "inventory.json");
    const original = await scan(
      { estate: DEMO_ESTATE, faults: { accessDenied: DENIED } },
      { saveInventory: saved },
    );
    const replayed = await scan({ estate: saved });

    const before = verdicts(original.report);
    expect(Object.keys(before).length).toBeGreaterThan(400);
    expect(verdicts(replayed.report)).toEqual(before);
    // SageMaker's newest reads are replayed too: the shadow tests come back with their verdicts.
    expect(replayed.report.findings.filter((f) => f.checkId.startsWith("inference-experiment.")).length).toBe(
      4,
    );
    // The policy read that was denied is denied again: its verdicts stay unknown, and it is a gap again.
    const unknown = replayed.report.findings.filter(
      (f) => f.resource.name === "ai-model-artifacts-prod" && f.checkId === "storage.public-read",
    );
    expect(unknown.map((f) => f.status)).toEqual(["unknown"]);
    expect(replayed.report.errors).toContainEqual(
      expect.objectContaining({ operation: "GetBucketPolicy", resource: "ai-model-artifacts-prod" }),
    );
    const notebook = replayed.report.findings.filter((f) => f.resource.name === "clinical-nlp-scratch");
    // Served from its listing: the checks that need its description stay unknown.
    expect(notebook.filter((f) => f.status === "unknown").length).toBeGreaterThan(0);
    expect(replayed.report.errors).toContainEqual(
      expect.objectContaining({ operation: "DescribeNotebookInstance", resource: "clinical-nlp-scratch" }),
    );
    // Every AWS service of the demo is served; records of a service without a replay are named, not dropped.
    expect(replayed.notes).toEqual([]);
    const inventory = JSON.parse(readFileSync(saved, "utf8")) as Inventory;
    const foreign = { ...inventory.records[0]!, service: "lambda", resourceType: "aws.lambda.function" };
    const { notServed } = estateFromInventory({ ...inventory, records: [foreign] }, AWS_REPLAYS);
    expect(notServed).toEqual(["aws lambda: 1 record(s) not served (this service has no replay)"]);
  });
});
