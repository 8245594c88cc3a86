// The three steps of the scheduled organization-wide scan that the Step Functions state machine (deploy/)
// runs through the Lambda: list the (account, region) targets, scan one target per Distributed Map child, and
// aggregate the children's results that the Map's ResultWriter exported to S3. The cloud I/O and engine are
// injected (OrgScanDeps), so runtimes/aws-lambda/main.ts wires them like its other dependencies.
import pLimit from "p-limit";
import type { AwsScanOptions } from "../options.js";
import type { Report } from "../../../src/model/finding.js";
import type { CollectionError, Inventory } from "../../../src/model/inventory.js";
import { SEVERITIES, severityRank, type Severity } from "../../../src/model/severity.js";
import { regionsToScan } from "../regions.js";
import { ACCOUNT_ID } from "./options.js";
import { resolveAccounts } from "./resolve.js";

/** The marker every step event carries: `{"aiposture": "org-scan", "step": …}`. */
export const ORG_SCAN = "org-scan";
/** Failures kept per target, so a child's output stays far below the 256 KiB state payload limit. */
export const MAX_FAILURES_PER_TARGET = 500;
const MAX_GAPS_PER_TARGET = 50;
/** Failures listed in the aggregate summary (the counts cover all of them). */
export const MAX_SUMMARY_FAILURES = 200;

export interface ScanTarget {
  account: string;
  region: string;
}

export type OrgScanStep =
  | { aiposture: typeof ORG_SCAN; step: "list-targets" }
  | ({ aiposture: typeof ORG_SCAN; step: "scan-target" } & ScanTarget)
  | { aiposture: typeof ORG_SCAN; step: "aggregate"; results: { Bucket: string; Key: string } };

/** What one Distributed Map child returns: small, and enough to aggregate without the full report. */
export interface TargetResult extends ScanTarget {
  /** False when the account could not be entered (AssumeRole refused): nothing was read. */
  read: boolean;
  assets: number;
  failuresBySeverity: Record<Severity, number>;
  /** [checkId, resourceId, severity], worst first, at most MAX_FAILURES_PER_TARGET. */
  failures: Array<[string, string, Severity]>;
  failuresTruncated: boolean;
  gapCount: number;
  gaps: Array<Pick<CollectionError, "service" | "operation" | "code"> & { resource?: string }>;
}

export interface OrgScanSummary {
  mapRunArn?: string;
  targets: number;
  /** Accounts with at least one target read. */
  accountsRead: string[];
  /** Targets whose account could not be entered, or whose invocation failed. */
  notRead: Array<ScanTarget & { reason: string }>;
  /** Distinct failing (check, resource) pairs: an account-level finding seen from every region counts once. */
  failuresBySeverity: Record<Severity, number>;
  failures: Array<{ checkId: string; resourceId: string; severity: Severity; account: string }>;
  /** Some target had more failures than it could return: the counts above are a lower bound. */
  truncated: boolean;
  gapCount: number;
}

export interface OrgScanDeps {
  /** Base options: credentials, endpoint, bounds, and org / accounts / roleName / externalId. */
  options: AwsScanOptions;
  /** The AWS provider's collect (collectAws): with one account and one region for a target. */
  collect(options: AwsScanOptions): Promise<Inventory>;
  evaluate(inventory: Inventory, startedAt: string): { report: Report };
  /** Reads one object of the results bucket (the Lambda's own s3:GetObject, see ORG_SCAN_OWN_OPERATIONS). */
  readObject(bucket: string, key: string): Promise<string>;
  now?: () => Date;
}

/** The Lambda's own operation for this flow, granted on the results bucket only (deploy/lib/policy.ts). */
export const ORG_SCAN_OWN_OPERATIONS = [
  {
    client: "s3",
    operation: "GetObject",
    iamAction: "s3:GetObject",
    resource: "results-bucket",
    why: "read the Distributed Map's exported child results to aggregate them",
  },
] as const;

/** Environment of the Lambda for the organization-wide scan (set by the CDK stack, deploy/lib). */
export const ORG_SCAN_ENV = {
  /** "org" for every ACTIVE account of the organization, or a comma-separated list of account ids. */
  accounts: "AIPOSTURE_ORG_SCAN_ACCOUNTS",
  roleName: "AIPOSTURE_ROLE_NAME",
  externalId: "AIPOSTURE_EXTERNAL_ID",
} as const;

/** The AwsScanOptions fields the org-scan steps need, from the environment; throws naming a bad variable. */
export function orgScanOptionsFromEnv(env: Record<string, string | undefined>): Partial<AwsScanOptions> {
  const scope = env[ORG_SCAN_ENV.accounts]?.trim() || "org";
  const roleName = env[ORG_SCAN_ENV.roleName]?.trim();
  const externalId = env[ORG_SCAN_ENV.externalId]?.trim();
  let accounts: string[] | undefined;
  if (scope !== "org") {
    accounts = scope
      .split(",")
      .map((a) => a.trim())
      .filter(Boolean);
    const bad = accounts.filter((a) => !ACCOUNT_ID.test(a));
    if (accounts.length === 0 || bad.length > 0)
      throw new Error(
        `${ORG_SCAN_ENV.accounts} must be "org" or 12-digit account ids (bad: ${bad.join(", ")})`,
      );
  }
  return {
    ...(accounts ? { accounts } : { org: true }),
    ...(roleName ? { roleName } : {}),
    ...(externalId ? { externalId } : {}),
  };
}

/** The step an event asks for, or undefined when the event is not an org-scan step. */
export function parseOrgScanStep(event: unknown): OrgScanStep | undefined {
  if (!event || typeof event !== "object") return undefined;
  const e = event as Record<string, unknown>;
  if (e.aiposture !== ORG_SCAN) return undefined;
  if (e.step === "list-targets") return { aiposture: ORG_SCAN, step: "list-targets" };
  if (e.step === "scan-target" && typeof e.account === "string" && typeof e.region === "string")
    return { aiposture: ORG_SCAN, step: "scan-target", account: e.account, region: e.region };
  const results = e.results as { Bucket?: unknown; Key?: unknown } | undefined;
  if (e.step === "aggregate" && typeof results?.Bucket === "string" && typeof results.Key === "string")
    return { aiposture: ORG_SCAN, step: "aggregate", results: { Bucket: results.Bucket, Key: results.Key } };
  return undefined;
}

export async function handleOrgScanStep(
  step: OrgScanStep,
  deps: OrgScanDeps,
): Promise<{ targets: ScanTarget[]; errors: CollectionError[] } | TargetResult | OrgScanSummary> {
  switch (step.step) {
    case "list-targets":
      return listScanTargets(deps.options);
    case "scan-target":
      return scanTarget(step, deps);
    case "aggregate":
      return aggregate(step.results, deps);
  }
}

/**
 * The (account, region) pairs of the scan: the accounts as --org / --accounts resolve them (no AssumeRole
 * yet: each child assumes its own role), times the regions to scan.
 */
export async function listScanTargets(
  options: AwsScanOptions,
): Promise<{ targets: ScanTarget[]; errors: CollectionError[] }> {
  const errors: CollectionError[] = [];
  const resolved = await resolveAccounts(options, pLimit(options.concurrency), errors);
  const accounts = (resolved?.targets ?? []).filter((a) => ACCOUNT_ID.test(a));
  const regions = regionsToScan(options);
  return { targets: accounts.flatMap((account) => regions.map((region) => ({ account, region }))), errors };
}

async function scanTarget(target: ScanTarget, deps: OrgScanDeps): Promise<TargetResult> {
  const startedAt = (deps.now?.() ?? new Date()).toISOString();
  const { org: _org, ...base } = deps.options;
  const inventory = await deps.collect({ ...base, accounts: [target.account], regions: [target.region] });
  const { report } = deps.evaluate(inventory, startedAt);
  const failing = report.findings
    .filter((f) => f.status === "fail" && !f.suppressed)
    .sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  return {
    ...target,
    // Entered: no AssumeRole refusal and no crash for the account (its other gaps are listed, not fatal).
    read: !inventory.errors.some(
      (e) => e.account === target.account && (e.operation === "AssumeRole" || e.operation === "collect"),
    ),
    assets: report.summary.assets,
    failuresBySeverity: report.summary.failuresBySeverity,
    failures: failing
      .slice(0, MAX_FAILURES_PER_TARGET)
      .map((f): [string, string, Severity] => [f.checkId, f.resource.id, f.severity]),
    failuresTruncated: failing.length > MAX_FAILURES_PER_TARGET,
    gapCount: report.errors.length,
    gaps: report.errors.slice(0, MAX_GAPS_PER_TARGET).map((e) => ({
      service: e.service,
      operation: e.operation,
      code: e.code,
      ...(e.resource ? { resource: e.resource } : {}),
    })),
  };
}

interface Manifest {
  MapRunArn?: string;
  ResultFiles?: Partial<Record<"SUCCEEDED" | "FAILED" | "PENDING", Array<{ Key: string }>>>;
}

/** One child execution as the ResultWriter exports it (Transformation NONE: Input/Output are JSON strings). */
interface ChildExecution {
  Input?: string;
  Output?: string;
  Error?: string;
  Cause?: string;
}

/** Reads the Map Run's manifest and result files and folds the children's results into one summary. */
async function aggregate(
  results: { Bucket: string; Key: string },
  deps: OrgScanDeps,
): Promise<OrgScanSummary> {
  const manifest = JSON.parse(await deps.readObject(results.Bucket, results.Key)) as Manifest;
  const succeeded: TargetResult[] = [];
  const notRead: OrgScanSummary["notRead"] = [];
  for (const status of ["SUCCEEDED", "FAILED", "PENDING"] as const) {
    for (const file of manifest.ResultFiles?.[status] ?? []) {
      const children = JSON.parse(await deps.readObject(results.Bucket, file.Key)) as ChildExecution[];
      for (const child of children) {
        if (status === "SUCCEEDED" && child.Output) succeeded.push(JSON.parse(child.Output) as TargetResult);
        else
          notRead.push({
            ...targetOf(child.Input),
            reason:
              status === "PENDING"
                ? "not run"
                : `${child.Error ?? "failed"}: ${child.Cause ?? ""}`.slice(0, 300),
          });
      }
    }
  }
  return summarize(succeeded, notRead, manifest.MapRunArn);
}

function targetOf(input: string | undefined): ScanTarget {
  try {
    const parsed = JSON.parse(input ?? "{}") as Partial<ScanTarget>;
    return { account: parsed.account ?? "unknown", region: parsed.region ?? "unknown" };
  } catch {
    return { account: "unknown", region: "unknown" };
  }
}

/** Pure: distinct failures across targets, accounts read, targets not read. */
export function summarize(
  results: readonly TargetResult[],
  notRead: OrgScanSummary["notRead"] = [],
  mapRunArn?: string,
): OrgScanSummary {
  const failures = new Map<string, OrgScanSummary["failures"][number]>();
  for (const result of results)
    for (const [checkId, resourceId, severity] of result.failures)
      failures.set(`${checkId}\u0000${resourceId}`, {
        checkId,
        resourceId,
        severity,
        account: result.account,
      });
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of failures.values()) bySeverity[f.severity]++;
  const sorted = [...failures.values()].sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  return {
    ...(mapRunArn ? { mapRunArn } : {}),
    targets: results.length + notRead.length,
    accountsRead: [...new Set(results.filter((r) => r.read).map((r) => r.account))].sort(),
    notRead: [
      ...results
        .filter((r) => !r.read)
        .map((r) => ({
          account: r.account,
          region: r.region,
          reason: r.gaps.map((g) => `${g.service}:${g.operation} ${g.code}`).join(", ") || "not read",
        })),
      ...notRead,
    ],
    failuresBySeverity: bySeverity,
    failures: sorted.slice(0, MAX_SUMMARY_FAILURES),
    truncated: results.some((r) => r.failuresTruncated),
    gapCount: results.reduce((n, r) => n + r.gapCount, 0),
  };
}
