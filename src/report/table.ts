import type { Finding, Report } from "../model/finding.js";
import { SEVERITIES } from "../model/severity.js";
import { remediationFor } from "./remediation.js";
import { terminalSafe, truncate } from "./sanitize.js";
import { historyMarker, historySections } from "../history/table-sections.js";
import { suppressionSections } from "../suppressions/table-sections.js";
import { nativeMarker, nativeSections } from "../merge/table-sections.js";

export interface TableOptions {
  width?: number;
  /** Show passing results as well (the JSON always has them). */
  showPass?: boolean;
  /** Whole ids and messages, and each finding's fix, however wide the lines get. */
  wide?: boolean;
  /** ANSI colour by severity (the CLI decides from the terminal, NO_COLOR and FORCE_COLOR). */
  color?: boolean;
}

const SEVERITY_COLOR: Record<string, string> = {
  CRITICAL: "\u001b[1;31m",
  HIGH: "\u001b[31m",
  MEDIUM: "\u001b[33m",
  LOW: "\u001b[36m",
  INFO: "\u001b[2m",
};

/**
 * A terminal report that fits 80 columns: failures and unknowns, worst first, one line each plus the
 * message on the next line, then coverage gaps and a summary.
 */
export function renderTable(report: Report, options: TableOptions = {}): string {
  const width = Math.max(60, options.width ?? 80);
  // Suppressed failures are counted in their own section, not listed (the JSON keeps them, marked).
  const shown = report.findings.filter((f) => (options.showPass || f.status !== "pass") && !f.suppressed);
  const lines: string[] = [];
  const sevWidth = 8;
  const statusWidth = 7;
  const checkWidth = 32;
  const resourceWidth = width - sevWidth - statusWidth - checkWidth - 3;
  lines.push(
    [pad("SEVERITY", sevWidth), pad("STATUS", statusWidth), pad("CHECK", checkWidth), "RESOURCE"].join(" "),
    "-".repeat(width),
  );
  const fit = (text: string, w: number) => (options.wide ? text : truncate(text, w));
  // With more than one account or region in the report, each resource says where it is.
  const manyScopes = new Set(shown.map((f) => `${f.account}\u0000${f.region}`)).size > 1;
  for (const finding of shown) {
    const severity = pad(finding.severity.toUpperCase(), sevWidth);
    const where = manyScopes ? ` (${finding.account} ${finding.region})` : "";
    lines.push(
      [
        options.color
          ? `${SEVERITY_COLOR[finding.severity.toUpperCase()] ?? ""}${severity}\u001b[0m`
          : severity,
        pad(finding.status, statusWidth),
        options.wide
          ? finding.checkId.padEnd(checkWidth)
          : pad(truncate(finding.checkId, checkWidth), checkWidth),
        fit(clean(resourceLabel(finding) + where), resourceWidth),
      ].join(" "),
    );
    lines.push(
      `  ${fit(clean(historyMarker(finding) + nativeMarker(finding) + finding.message), width - 2)}`,
    );
    if (options.wide && finding.status !== "pass") {
      const fix = remediationFor(finding);
      lines.push(`  fix: ${clean(fix.cli ?? fix.text)}`);
    }
  }
  if (shown.length === 0) lines.push("No failures or unknowns.");
  if (report.errors.length > 0) {
    lines.push(
      "",
      `COVERAGE GAPS (${report.errors.length}): these could not be read; their checks are unknown, not passed`,
    );
    for (const error of report.errors.slice(0, 20)) {
      const where = [error.account, error.region, error.service, error.operation, error.resource]
        .filter(Boolean)
        .join(" ");
      lines.push(`  ${truncate(clean(`${where}: ${error.code}`), width - 2)}`);
    }
    if (report.errors.length > 20)
      lines.push(`  … and ${report.errors.length - 20} more (see --format json)`);
  }
  lines.push(...historySections(report, width), ...suppressionSections(report, width));
  lines.push(...nativeSections(report).map((line) => truncate(terminalSafe(line), width)));
  for (const warning of report.warnings ?? []) lines.push("", ...wrap(`WARNING: ${clean(warning)}`, width));
  lines.push("", summaryLine(report));
  return lines.join("\n") + "\n";
}

function resourceLabel(finding: Finding): string {
  const tag = finding.dataClassification ? ` [${finding.dataClassification}]` : "";
  return `${finding.resource.name}${tag}`;
}

function summaryLine(report: Report): string {
  const s = report.summary;
  const bySeverity = SEVERITIES.map((sev) => `${s.failuresBySeverity[sev]} ${sev}`).join(", ");
  return [
    `${s.assets} assets, ${s.total} results: ${s.byStatus.fail} failed, ${s.byStatus.unknown} unknown, ${s.byStatus.pass} passed${s.suppressed ? `, ${s.suppressed} suppressed` : ""}`,
    `failures by severity: ${bySeverity}`,
    `coverage gaps: ${s.errors}`,
  ].join("\n");
}

/** Warnings are sentences meant to be read whole: wrapped, not truncated. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = `  ${word}`;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function pad(text: string, width: number): string {
  return text.padEnd(width).slice(0, width);
}

function clean(text: string): string {
  return terminalSafe(text).replace(/\s+/g, " ");
}
