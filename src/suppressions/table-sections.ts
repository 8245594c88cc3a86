// The suppressions part of the terminal table: how many were accepted, which entries expired or matched nothing.
import type { Report } from "../model/finding.js";
import { terminalSafe, truncate } from "../report/sanitize.js";
import type { SuppressionRef } from "../model/suppression.js";

export function suppressionSections(report: Report, width: number): string[] {
  const s = report.suppressions;
  if (!s) return [];
  const lines: string[] = [""];
  const file = terminalSafe(s.file);
  lines.push(truncate(`SUPPRESSED (${s.suppressed}): accepted in ${file}, not counted as failures`, width));
  if (s.broad.length > 0) {
    lines.push(`WARNING: ${s.broad.length} suppression(s) accept every check on every resource`);
    for (const e of s.broad)
      lines.push(...entry(file, e, `expires ${e.expires}, owner ${e.owner}; scope it or remove it`, width));
  }
  if (s.expired.length > 0) {
    lines.push(`EXPIRED SUPPRESSIONS (${s.expired.length}): no longer suppressing; renew or fix`);
    for (const e of s.expired)
      lines.push(
        ...entry(file, e, `expired ${e.expires}, owner ${e.owner}; ${e.matches} failing again`, width),
      );
  }
  if (s.stale.length > 0) {
    lines.push(`STALE SUPPRESSIONS (${s.stale.length}): matched nothing in this run; remove or fix`);
    for (const e of s.stale) lines.push(...entry(file, e, `expires ${e.expires}, owner ${e.owner}`, width));
  }
  return lines;
}

/** Two lines: where the entry is and what it covers, then its expiry and owner. */
function entry(file: string, e: SuppressionRef, note: string, width: number): string[] {
  const where = `${file.split("/").pop() ?? file}:${e.line} ${e.checkId} ${e.resource}`;
  return [`  ${truncate(clean(where), width - 2)}`, `    ${truncate(clean(note), width - 4)}`];
}

function clean(text: string): string {
  return terminalSafe(text).replace(/\s+/g, " ");
}

/** One line for stderr when entries accept everything, so a JSON or SARIF run still says so. */
export function broadSuppressionWarning(report: Report): string | undefined {
  const broad = report.suppressions?.broad ?? [];
  if (broad.length === 0) return undefined;
  const where = broad.map((e) => `line ${e.line}`).join(", ");
  return `warning: ${terminalSafe(report.suppressions?.file ?? "")} ${where}: accepts every check on every resource\n`;
}
