// The history part of the terminal table: a marker per failure, what was resolved, what could not be verified.
import type { Finding, Report } from "../model/finding.js";
import { terminalSafe, truncate } from "../report/sanitize.js";
import { scopeLines } from "./render.js";
import type { ResolvedFinding, UnverifiedFinding } from "../model/history.js";

/** Prefix for a finding's message line: "[new] ", "[since 2025-05-01] ", … ("" without history). */
export function historyMarker(finding: Finding): string {
  const h = finding.history;
  if (!h) return "";
  if (h.state === "new") return h.previouslyResolvedAt ? "[NEW: back after a fix] " : "[NEW] ";
  if (h.state === "persisting") return `[since ${h.firstSeen.slice(0, 10)}] `;
  return `[failing since ${h.firstSeen.slice(0, 10)}, now unknown: not resolved] `;
}

const HOW: Record<ResolvedFinding["how"], string> = { passed: "passes now", gone: "resource gone" };
const WHY: Record<UnverifiedFinding["reason"], string> = {
  unknown: "now unknown",
  "coverage-gap": "absent, account had read errors",
  "check-not-run": "check not run",
};

export function historySections(report: Report, width: number): string[] {
  const h = report.history;
  if (!h) return [];
  const lines: string[] = [""];
  const since = h.previousRun ? ` since run #${h.previousRun.id}` : "";
  const resolved = report.resolved ?? [];
  const unverified = report.unverified ?? [];
  if (resolved.length > 0) {
    lines.push(`RESOLVED${since} (${resolved.length}):`);
    for (const r of resolved.slice(0, 20)) lines.push(row(r, HOW[r.how], width));
    if (resolved.length > 20) lines.push(`  … and ${resolved.length - 20} more (see --format json)`);
  }
  if (unverified.length > 0) {
    lines.push(`NOT RESOLVED, fix not verified (${unverified.length}): still open, not read as passing`);
    for (const u of unverified.slice(0, 20)) lines.push(row(u, WHY[u.reason], width));
    if (unverified.length > 20) lines.push(`  … and ${unverified.length - 20} more (see --format json)`);
  }
  const c = h.counts;
  lines.push(
    h.previousRun
      ? `history: run #${h.runId}: ${c.new} new, ${c.persisting} persisting, ${c.resolved} resolved, ${c.unverified} unverified`
      : `history: run #${h.runId}, the first of its scope: ${c.new} failures recorded as new`,
  );
  if (h.previousRun)
    lines.push(`  compared with run #${h.previousRun.id} of ${stamp(h.previousRun.startedAt)} UTC`);
  lines.push(...scopeLines(h.scope, width, "  scope: ", "    "));
  return lines;
}

function stamp(iso: string): string {
  return iso.slice(0, 16).replace("T", " ");
}

function row(f: ResolvedFinding | UnverifiedFinding, note: string, width: number): string {
  // Unaligned on purpose: the resource name matters more than columns.
  const name = terminalSafe(f.resource.name).replace(/\s+/g, " ");
  return `  ${truncate(`${f.severity.toUpperCase().padEnd(8)} ${f.checkId} ${name} (${note})`, width - 2)}`;
}
