// A Markdown summary for CI job summaries and pull-request comments: counts, then the failures worst first.
// Cloud text is escaped for Markdown and HTML (GitHub renders inline HTML in comments).
import type { Finding, Report } from "../../model/finding.js";
import { SEVERITIES } from "../../model/severity.js";
import { remediationFor } from "../remediation.js";

const MAX_ROWS = 50;

export function renderMarkdown(report: Report): string {
  const s = report.summary;
  const failures = report.findings.filter((f) => f.status === "fail" && !f.suppressed);
  const unknowns = report.findings.filter((f) => f.status === "unknown");
  const lines = [
    `## aiposture: ${s.byStatus.fail} failed, ${s.byStatus.unknown} unknown, ${s.byStatus.pass} passed`,
    "",
    `${s.assets} assets, ${s.total} results, ${s.errors} coverage gaps${s.suppressed ? `, ${s.suppressed} suppressed` : ""}.`,
    "",
    "| Severity | Failures |",
    "| --- | ---: |",
    ...SEVERITIES.map((sev) => `| ${sev} | ${s.failuresBySeverity[sev]} |`),
    "",
  ];
  if (failures.length > 0) {
    lines.push(
      "### Failures",
      "",
      "| Severity | Check | Resource | Message | Fix |",
      "| --- | --- | --- | --- | --- |",
    );
    for (const finding of failures.slice(0, MAX_ROWS)) lines.push(row(finding));
    if (failures.length > MAX_ROWS)
      lines.push("", `… and ${failures.length - MAX_ROWS} more failures (see the JSON report).`);
    lines.push("");
  }
  if (unknowns.length > 0)
    lines.push(
      `### Unknown (${unknowns.length})`,
      "",
      ...unknowns
        .slice(0, MAX_ROWS)
        .map((f) => `- \`${code(f.checkId)}\` on ${md(f.resource.name)}: ${md(f.message)}`),
      "",
    );
  if (report.errors.length > 0)
    lines.push(
      `### Coverage gaps (${report.errors.length})`,
      "",
      "These could not be read; their checks are unknown, not passed.",
      "",
    );
  return lines.join("\n");
}

function row(finding: Finding): string {
  const fix = remediationFor(finding).cli;
  return `| ${finding.severity} | \`${code(finding.checkId)}\` | ${md(finding.resource.name)} | ${md(finding.message)} | ${fix ? `\`${code(fix)}\`` : md(finding.remediation.text)} |`;
}

/** Markdown and HTML metacharacters as entities, line breaks as spaces: one table cell, no markup. */
export function md(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/[\\`*_{}[\]()#+\-.!|~]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** Inside a code span only the backtick and the table pipe matter. */
function code(text: string): string {
  return text.replace(/\s+/g, " ").replace(/`/g, "'").replace(/\|/g, "\\|");
}
