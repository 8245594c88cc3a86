import type { Finding, Report, ReportSummary } from "../model/finding.js";
import type { CollectionError, Scope } from "../model/inventory.js";
import { SEVERITIES, severityRank, type Severity } from "../model/severity.js";

export function buildReport(input: {
  version: string;
  startedAt: string;
  scopes: Scope[];
  findings: Finding[];
  errors: CollectionError[];
  assetCount: number;
}): Report {
  const findings = [...input.findings].sort(compareFindings);
  return {
    schemaVersion: 1,
    tool: { name: "aiposture", version: input.version },
    startedAt: input.startedAt,
    finishedAt: new Date().toISOString(),
    scopes: input.scopes,
    findings,
    errors: input.errors,
    summary: summarize(findings, input.errors.length, input.assetCount),
  };
}

const STATUS_ORDER = { fail: 0, unknown: 1, pass: 2 } as const;

/** Worst first: failures before unknowns before passes, then by severity, then stable by check and resource. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
    severityRank(b.severity) - severityRank(a.severity) ||
    a.checkId.localeCompare(b.checkId) ||
    a.resource.id.localeCompare(b.resource.id)
  );
}

export function summarize(findings: readonly Finding[], errors: number, assets: number): ReportSummary {
  const failuresBySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const byStatus = { fail: 0, pass: 0, unknown: 0 };
  for (const finding of findings) {
    byStatus[finding.status] += 1;
    if (finding.status === "fail") failuresBySeverity[finding.severity] += 1;
  }
  return { total: findings.length, byStatus, failuresBySeverity, assets, errors };
}
