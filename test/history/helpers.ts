// Scans the emulated cloud through the CLI's runScan (the path `scan --history` takes), with a clock the test moves.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadEstate, startEmulator, type Estate, type FaultsInput } from "../../mocks/index.js";
import { DEMO_ESTATE } from "../../cli/commands/demo.js";
import { runScan, type ScanFlags } from "../../cli/commands/scan.js";
import type { Report } from "../../src/model/finding.js";
import { s3Estate } from "../../providers/aws/s3/emulator/estate.js";

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `aiposture-${prefix}-`));
}

/** A fresh copy of the demo estate to change per run (fix a bucket, delete one, change the account). */
export function demoEstate(): Estate {
  return structuredClone(loadEstate(DEMO_ESTATE));
}

/** Only the S3 part of each account: tests about S3 findings stay independent of other services' planted cases. */
export function s3Only(estate: Estate): Estate {
  return {
    ...estate,
    aws: {
      ...estate.aws,
      accounts: estate.aws.accounts.map((a) => ({
        id: a.id,
        accessKeyIds: a.accessKeyIds,
        ...(a.CallerIdentity ? { CallerIdentity: a.CallerIdentity } : {}),
        s3: s3Estate.of(a),
      })) as Estate["aws"]["accounts"],
    },
  };
}

export function withoutBucket(estate: Estate, name: string): Estate {
  for (const account of estate.aws.accounts)
    s3Estate.of(account).buckets = s3Estate.of(account).buckets.filter((b) => b.Name !== name);
  return estate;
}

/** ai-model-artifacts-prod without its public policy: public-read and public-write now pass. */
export function withArtifactsFixed(estate: Estate): Estate {
  for (const account of estate.aws.accounts)
    for (const bucket of s3Estate.of(account).buckets)
      if (bucket.Name === "ai-model-artifacts-prod") delete bucket.Policy;
  return estate;
}

export const day = (n: number) => new Date(Date.UTC(2025, 4, n, 9, 0, 0));

export interface ScanResult {
  report: Report;
  exitCode: number;
  stdout: string;
}

export async function scanAt(
  when: Date,
  estate: Estate,
  flags: Partial<ScanFlags> & { faults?: FaultsInput } = {},
): Promise<ScanResult> {
  const { faults, ...rest } = flags;
  const emulator = await startEmulator({ estate, ...(faults ? { faults } : {}) });
  let stdout = "";
  try {
    const { report, exitCode } = await runScan(
      {
        provider: "aws",
        endpoint: emulator.endpoint,
        format: "json",
        failOn: "none",
        concurrency: 8,
        maxAttempts: 2,
        ...rest,
      },
      { stdout: (t) => void (stdout += t), stderr: () => undefined, progress: false, now: () => when },
    );
    return { report, exitCode, stdout };
  } finally {
    await emulator.close();
  }
}

export function failing(report: Report, bucket: string, checkId: string) {
  return report.findings.find((f) => f.resource.name === bucket && f.checkId === checkId);
}

/** "checkId bucket" of each entry, sorted: compact to compare. */
export function keys(list: ReadonlyArray<{ checkId: string; resource: { name: string } }>): string[] {
  return list.map((f) => `${f.checkId} ${f.resource.name}`).sort();
}
