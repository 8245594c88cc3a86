// Pure comparison of a run with what the history knew: which failures are new, which persist, which were
// resolved, and which cannot be called resolved. The rule that matters: only a pass, or a resource gone from an
// account that was read without any error, resolves a failure. Unknown is never a fix.
import type { Finding, Report } from "../model/finding.js";
import type { ProviderId } from "../model/inventory.js";
import { SEVERITIES, type Severity } from "../model/severity.js";
import type {
  FindingHistory,
  ResolvedFinding,
  UnverifiedFinding,
  UnverifiedReason,
} from "../model/history.js";

/** One failure tracked in one scope: its current open period, or its last one when resolved. */
export interface FindingRow {
  fingerprint: string;
  checkId: string;
  title: string;
  provider: ProviderId;
  account: string;
  region: string;
  resourceId: string;
  resourceType: string;
  resourceName: string;
  firstSeen: string;
  lastSeen: string;
  resolvedAt: string | null;
  /** fail, pass, unknown, or absent (not in the last report). */
  lastStatus: "fail" | "pass" | "unknown" | "absent";
  lastSeverity: Severity;
  suppressed: boolean;
  /**
   * Whether the check id was in the tool's check catalogue when recorded. Catalogue checks that a run did not
   * evaluate (not selected, or removed from the tool) cannot resolve; native and derived findings (GuardDuty,
   * merged threats) are judged by absence and gaps like resources.
   */
  catalogued: boolean;
}

export interface Resolution {
  fingerprint: string;
  checkId: string;
  severity: Severity;
  openedAt: string;
  resolvedAt: string;
  how: ResolvedFinding["how"];
}

export interface Classification {
  /** By finding id: the history state to put on the report's findings. */
  states: Map<string, FindingHistory>;
  resolved: ResolvedFinding[];
  unverified: UnverifiedFinding[];
  /** Rows to write back (every open row of the scope is among them). */
  rows: FindingRow[];
  resolutions: Resolution[];
  counts: { new: number; persisting: number; resolved: number; unverified: number };
  /** Open failures after this run, not suppressed, by severity: the trend line. */
  openBySeverity: Record<Severity, number>;
}

export function classifyRun(input: {
  /** Every row of the scope, open or resolved, by fingerprint. */
  rows: ReadonlyMap<string, FindingRow>;
  report: Report;
  /** Checks this run evaluated: an absent finding of another check proves nothing. */
  checkIds: ReadonlySet<string>;
  /** Every check id the tool knows (selected or not), to tell check findings from native/derived ones. */
  catalogue: ReadonlySet<string>;
  /** The run's time (report.startedAt): first/last seen and resolution times. */
  at: string;
}): Classification {
  const { rows, report, checkIds, catalogue, at } = input;
  const byId = new Map(report.findings.map((f) => [f.id, f]));
  const states = new Map<string, FindingHistory>();
  const resolved: ResolvedFinding[] = [];
  const unverified: UnverifiedFinding[] = [];
  const written: FindingRow[] = [];
  const resolutions: Resolution[] = [];
  const counts = { new: 0, persisting: 0, resolved: 0, unverified: 0 };

  for (const finding of report.findings) {
    if (finding.status !== "fail") continue;
    const row = rows.get(finding.id);
    const open = row !== undefined && row.resolvedAt === null;
    const history: FindingHistory = open
      ? { state: "persisting", firstSeen: row.firstSeen, lastSeen: at }
      : { state: "new", firstSeen: at, lastSeen: at };
    if (row?.resolvedAt) history.previouslyResolvedAt = row.resolvedAt;
    states.set(finding.id, history);
    counts[history.state === "new" ? "new" : "persisting"] += 1;
    written.push({
      ...rowOf(finding),
      catalogued: catalogue.has(finding.checkId),
      firstSeen: history.firstSeen,
      lastSeen: at,
      resolvedAt: null,
      lastStatus: "fail",
      suppressed: finding.suppressed !== undefined,
    });
  }

  for (const row of rows.values()) {
    if (row.resolvedAt !== null || states.has(row.fingerprint)) continue;
    const now = byId.get(row.fingerprint);
    if (now?.status === "pass") {
      resolved.push({ ...tracked(row), resolvedAt: at, how: "passed" });
      resolutions.push(resolution(row, at, "passed"));
      written.push({ ...row, ...refresh(now), resolvedAt: at, lastStatus: "pass" });
      continue;
    }
    const reason = now ? "unknown" : absentReason(row, report, checkIds);
    if (reason === undefined) {
      resolved.push({ ...tracked(row), resolvedAt: at, how: "gone" });
      resolutions.push(resolution(row, at, "gone"));
      written.push({ ...row, resolvedAt: at, lastStatus: "absent" });
      continue;
    }
    unverified.push({ ...tracked(row), reason });
    if (now) states.set(now.id, { state: "unverified", firstSeen: row.firstSeen, lastSeen: row.lastSeen });
    written.push({ ...row, ...(now ? refresh(now) : {}), lastStatus: now ? "unknown" : "absent" });
  }
  counts.resolved = resolved.length;
  counts.unverified = unverified.length;

  const openBySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const row of written)
    if (row.resolvedAt === null && !row.suppressed) openBySeverity[row.lastSeverity] += 1;
  return { states, resolved, unverified, rows: written, resolutions, counts, openBySeverity };
}

/** Why an absent finding is not resolved, or undefined when its absence is proof (the resource is gone). */
function absentReason(
  row: FindingRow,
  report: Report,
  checkIds: ReadonlySet<string>,
): UnverifiedReason | undefined {
  if (row.catalogued && !checkIds.has(row.checkId)) return "check-not-run";
  const account = row.account.toLowerCase();
  const read = report.scopes.some((s) => s.provider === row.provider && s.account.toLowerCase() === account);
  // Any read error in the account counts: a failed list call in one region can hide resources of another
  // (S3 ListBuckets answers for every region), and an account that failed outright is "unknown".
  const gap = report.errors.some(
    (e) => e.provider === row.provider && (e.account.toLowerCase() === account || e.account === "unknown"),
  );
  return read && !gap ? undefined : "coverage-gap";
}

function rowOf(
  finding: Finding,
): Omit<FindingRow, "firstSeen" | "lastSeen" | "resolvedAt" | "lastStatus" | "suppressed" | "catalogued"> {
  return {
    fingerprint: finding.id,
    checkId: finding.checkId,
    title: finding.title,
    provider: finding.provider,
    account: finding.account,
    region: finding.region,
    resourceId: finding.resource.id,
    resourceType: finding.resource.type,
    resourceName: finding.resource.name,
    lastSeverity: finding.severity,
  };
}

/** Fields a non-failing observation may update (names and titles change; severity stays the failing one). */
function refresh(finding: Finding): Pick<FindingRow, "title" | "resourceName"> {
  return { title: finding.title, resourceName: finding.resource.name };
}

function tracked(row: FindingRow) {
  return {
    id: row.fingerprint,
    checkId: row.checkId,
    title: row.title,
    severity: row.lastSeverity,
    provider: row.provider,
    account: row.account,
    region: row.region,
    resource: { id: row.resourceId, type: row.resourceType, name: row.resourceName },
    firstSeen: row.firstSeen,
    lastSeen: row.lastSeen,
  };
}

function resolution(row: FindingRow, at: string, how: Resolution["how"]): Resolution {
  return {
    fingerprint: row.fingerprint,
    checkId: row.checkId,
    severity: row.lastSeverity,
    openedAt: row.firstSeen,
    resolvedAt: at,
    how,
  };
}
