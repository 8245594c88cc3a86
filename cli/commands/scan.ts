import { loadApprovedModels } from "../../src/approved-models/load.js";
import type { CollectOptions } from "../../src/engine/provider.js";
import type { CheckInputs } from "../../src/model/check.js";
import { loadInventory, saveInventory } from "../../src/engine/inventory-file.js";
import { preflightAll } from "../../src/engine/preflight.js";
import { assess, collectAll, type ScanPhase } from "../../src/engine/scan.js";
import { checkIdSelector, nativeWanted, selectChecks } from "../../src/engine/select-checks.js";
import { collectionNeeds } from "../../src/engine/collection-needs.js";
import { optedInChecks } from "../../src/engine/opt-in-checks.js";
import type { Report } from "../../src/model/finding.js";
import { severityRank, type Severity } from "../../src/model/severity.js";
import { broadSuppressionWarning } from "../../src/suppressions/table-sections.js";
import { toolVersion } from "../../src/version.js";
import { CHECKS, PROVIDERS, selectProviders } from "../../wiring/registry.js";
import { providerOptionsFromFlags } from "../provider-flags.js";
import { EXIT } from "../exit-codes.js";
import { auditReport, prepareAudit } from "./audit.js";
import { assertOutputsWritable, planOutputs, writeReports, type OutputFlags } from "./report-formats.js";

export interface ScanFlags extends OutputFlags {
  /** Absent: aws for a live scan; every provider a saved inventory holds for --from-inventory. */
  provider?: string;
  regions?: string[];
  failOn: Severity | "none";
  checks?: string;
  saveInventory?: string;
  fromInventory?: string;
  concurrency: number;
  maxAttempts: number;
  /** --request-timeout, in ms. */
  requestTimeout?: number;
  /** --deadline, in ms from the start of the scan. */
  deadline?: number;
  /** Also report native findings (GuardDuty, Defender) on resources that are not AI assets. */
  allNative?: boolean;
  /** SQLite file that keeps every run (docs/history.md). */
  history?: string;
  /** YAML file of accepted risks (docs/suppressions.md). */
  suppressions?: string;
  /** YAML file of the models deployments may serve (docs/approved-models.md). */
  approvedModels?: string;
  /** Each provider's own flags (--profile, --role-arn, --subscriptions, …), read by its optionsFromFlags. */
  [providerFlag: string]: unknown;
}

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  progress: boolean;
  /** Terminal columns for the table (80 when stdout is not a terminal) and whether to colour it. */
  width?: number;
  color?: boolean;
  /** Clock for run times and suppression expiry; tests inject one. */
  now?: () => Date;
  /** Told as each step of the scan ends (the benchmark measures memory per step). */
  onPhase?: (phase: ScanPhase) => void;
}

export async function runScan(flags: ScanFlags, io: Io): Promise<{ exitCode: number; report: Report }> {
  const clock = io.now ?? (() => new Date());
  const startedAt = clock().toISOString();
  const adapters = selectProviders(flags.provider ?? (flags.fromInventory ? "all" : "aws"));
  // Read before any cloud call, so a bad file fails fast (exit 2).
  const inputs: CheckInputs = flags.approvedModels
    ? { approvedModels: loadApprovedModels(flags.approvedModels) }
    : {};
  const { run: checks, notRun } = optedInChecks(selectChecks(CHECKS, flags.checks), { ...flags }, inputs);
  if (flags.checks && notRun.length > 0)
    io.stderr(
      `note: not run without their flag: ${notRun.map((c) => `${c.id} (${c.optIn ?? ""})`).join(", ")}\n`,
    );
  const prepared = prepareAudit(flags);
  planOutputs(flags); // contradictory or unwritable outputs fail before any cloud call
  assertOutputsWritable(flags);
  const collectOptions: CollectOptions = {
    concurrency: flags.concurrency,
    maxAttempts: flags.maxAttempts,
    ...(flags.requestTimeout !== undefined ? { requestTimeoutMs: flags.requestTimeout } : {}),
    ...(flags.deadline !== undefined ? { deadline: Date.now() + flags.deadline } : {}),
    ...(flags.regions ? { regions: flags.regions } : {}),
    ...(io.progress ? { onProgress: (message: string) => io.stderr(`… ${message}\n`) } : {}),
    // --checks narrows what is read to what the selected checks (and wanted native findings) need.
    ...(flags.checks ? { needs: collectionNeeds(checks, nativeWanted(flags.checks)) } : {}),
  };
  const providerOptions = providerOptionsFromFlags(flags, PROVIDERS);
  if (!flags.fromInventory) await preflightAll(adapters, collectOptions, providerOptions);
  const inventory = flags.fromInventory
    ? loadInventory(flags.fromInventory)
    : await collectAll(adapters, collectOptions, providerOptions);
  if (flags.saveInventory) saveInventory(flags.saveInventory, inventory);
  io.onPhase?.("collected");

  const assessed = assess(inventory, adapters, checks, startedAt, toolVersion(), {
    allNative: flags.allNative ?? false,
    selectNative: checkIdSelector(flags.checks),
    ...(io.onPhase ? { onPhase: io.onPhase } : {}),
    inputs,
  });
  const report = auditReport(assessed.report, assessed.assets, flags, prepared, {
    clock,
    toolVersion: toolVersion(),
    providers: adapters.map((a) => a.id),
    ...(flags.regions ? { regions: flags.regions } : {}),
    ...(flags.checks ? { checks: flags.checks } : {}),
    checkIds: checks.map((c) => c.id),
  });
  io.onPhase?.("audited");
  const broad = broadSuppressionWarning(report);
  if (broad) io.stderr(broad);
  writeReports(report, flags, io, { assets: assessed.assets, checks, width: io.width, color: io.color });
  io.onPhase?.("written");
  return { exitCode: exitCodeFor(report, flags.failOn), report };
}

export function exitCodeFor(report: Report, failOn: Severity | "none"): number {
  if (failOn !== "none") {
    const threshold = severityRank(failOn);
    if (
      report.findings.some(
        (f) => f.status === "fail" && !f.suppressed && severityRank(f.severity) >= threshold,
      )
    )
      return EXIT.findings;
  }
  // An unknown verdict is not a pass: a scan that could not decide something never reads as "all clear".
  const undecided = report.findings.some((f) => f.status === "unknown" && !f.suppressed);
  return report.errors.length > 0 || undecided ? EXIT.gaps : EXIT.ok;
}
