import { writeFileSync } from "node:fs";
import type { CollectOptions } from "../../engine/provider.js";
import { loadInventory, saveInventory } from "../../engine/inventory-file.js";
import { assess, collectAll } from "../../engine/scan.js";
import { selectChecks } from "../../engine/select-checks.js";
import type { Report } from "../../model/finding.js";
import { severityRank, type Severity } from "../../model/severity.js";
import { renderJson } from "../../report/json.js";
import { renderTable } from "../../report/table.js";
import { toolVersion } from "../../version.js";
import { CHECKS, selectProviders } from "../../wiring/registry.js";
import { EXIT } from "../exit-codes.js";

export interface ScanFlags {
  provider: string;
  profile?: string;
  regions?: string[];
  endpoint?: string;
  format: "table" | "json";
  output?: string;
  failOn: Severity | "none";
  checks?: string;
  saveInventory?: string;
  fromInventory?: string;
  concurrency: number;
  maxAttempts: number;
  showPass?: boolean;
}

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  progress: boolean;
}

export async function runScan(flags: ScanFlags, io: Io): Promise<{ exitCode: number; report: Report }> {
  const startedAt = new Date().toISOString();
  const adapters = selectProviders(flags.provider);
  const checks = selectChecks(CHECKS, flags.checks);
  const collectOptions: CollectOptions = {
    concurrency: flags.concurrency,
    maxAttempts: flags.maxAttempts,
    ...(flags.regions ? { regions: flags.regions } : {}),
    ...(flags.endpoint ? { endpoint: flags.endpoint } : {}),
    ...(flags.profile ? { profile: flags.profile } : {}),
    ...(io.progress ? { onProgress: (message: string) => io.stderr(`… ${message}\n`) } : {}),
  };
  const inventory = flags.fromInventory
    ? loadInventory(flags.fromInventory)
    : await collectAll(adapters, collectOptions);
  if (flags.saveInventory) saveInventory(flags.saveInventory, inventory);

  const { report } = assess(inventory, adapters, checks, startedAt, toolVersion());
  const rendered =
    flags.format === "json"
      ? renderJson(report)
      : renderTable(report, { showPass: flags.showPass, width: 80 });
  if (flags.output) {
    writeFileSync(flags.output, rendered);
    if (io.progress) io.stderr(`report written to ${flags.output}\n`);
  } else {
    io.stdout(rendered);
  }
  return { exitCode: exitCodeFor(report, flags.failOn), report };
}

export function exitCodeFor(report: Report, failOn: Severity | "none"): number {
  if (failOn !== "none") {
    const threshold = severityRank(failOn);
    if (report.findings.some((f) => f.status === "fail" && severityRank(f.severity) >= threshold))
      return EXIT.findings;
  }
  return report.errors.length > 0 ? EXIT.gaps : EXIT.ok;
}
