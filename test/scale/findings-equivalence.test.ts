// What a scan of generated estates finds, pinned finding by finding: fingerprint, check, resource, status,
// severity, and a digest of everything else a reader sees (message, evidence, title, category, remediation,
// compliance, sources, native evidence), read back from the JSON report file. Memory work (compact results,
// streamed writers) must leave this file unchanged; a change in what is found is reviewed here, and recorded
// with `npx vitest run test/scale/findings-equivalence.test.ts -u`.
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateEstate, generateMixedEstate, startEmulator, type Emulator } from "../../mocks/index.js";
import type { Estate } from "../../mocks/index.js";
import { runScan } from "../../cli/commands/scan.js";
import { parseJsonReport } from "../../src/report/json.js";
import type { Finding } from "../../src/model/finding.js";

const quiet = { stdout: () => {}, stderr: () => {}, progress: false };
const dir = mkdtempSync(join(tmpdir(), "aiposture-equivalence-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const digest = (value: unknown) =>
  createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 16);

/** One line per finding; the fields a reader sees beyond the identity are folded into one digest. */
function row(f: Finding): string {
  const { id, checkId, status, severity, resource } = f;
  const rest = {
    title: f.title,
    category: f.category,
    messageId: f.messageId,
    message: f.message,
    evidence: f.evidence,
    remediation: f.remediation,
    compliance: f.compliance,
    sources: f.sources,
    native: f.native,
    escalated: f.escalated,
    dataClassification: f.dataClassification,
    provider: f.provider,
    account: f.account,
    region: f.region,
    resource,
  };
  return [id, checkId, resource.id, status, severity, digest(rest)].join(" ");
}

async function scanToFile(estate: Estate, provider: string, name: string) {
  const emulator: Emulator = await startEmulator({ estate });
  try {
    const output = join(dir, `${name}.json`);
    const { report } = await runScan(
      {
        format: "json",
        output,
        failOn: "none",
        concurrency: 16,
        maxAttempts: 8,
        provider,
        endpoint: emulator.endpoint,
        azureEndpoint: emulator.azureEndpoint,
        azureCaCertificate: emulator.azureCaCertificate,
      },
      quiet,
    );
    const written = parseJsonReport(JSON.parse(readFileSync(output, "utf8")));
    if (!written) throw new Error(`${output} is not an aiposture JSON report`);
    return { report, written };
  } finally {
    await emulator.close();
  }
}

describe("findings of generated estates", () => {
  it("are the pinned ones: 100 buckets", async () => {
    const { report, written } = await scanToFile(generateEstate({ buckets: 100, seed: 7 }), "aws", "buckets");
    expect(written.findings.length).toBe(report.summary.total);
    expect(written.findings.length).toBeGreaterThan(1000);
    await expect(`${written.findings.map(row).join("\n")}\n`).toMatchFileSnapshot(
      "./findings-equivalence.buckets.txt",
    );
  }, 120_000);

  it("are the pinned ones: 150 resources of every service of both clouds", async () => {
    const { report, written } = await scanToFile(generateMixedEstate({ resources: 150 }), "all", "mixed");
    expect(written.findings.length).toBe(report.summary.total);
    expect(written.findings.length).toBeGreaterThan(500);
    await expect(`${written.findings.map(row).join("\n")}\n`).toMatchFileSnapshot(
      "./findings-equivalence.mixed.txt",
    );
  }, 120_000);
});
