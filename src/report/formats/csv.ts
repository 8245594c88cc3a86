// CSV (RFC 4180: CRLF records, fields quoted when they hold a comma, quote or line break, quotes doubled).
// A cell a spreadsheet would read as a formula (starting with = + - @, a tab or a carriage return) is
// neutralised with a leading apostrophe: resource names, tags and messages come from the cloud.
import type { Finding, Report } from "../../model/finding.js";
import { remediationFor } from "../remediation.js";
import { flatRequirements } from "./compliance-ids.js";

const COLUMNS: Array<[string, (f: Finding) => string]> = [
  ["finding_id", (f) => f.id],
  ["status", (f) => f.status],
  ["severity", (f) => f.severity],
  ["check_id", (f) => f.checkId],
  ["title", (f) => f.title],
  ["provider", (f) => f.provider],
  ["account", (f) => f.account],
  ["region", (f) => f.region],
  ["resource_id", (f) => f.resource.id],
  ["resource_type", (f) => f.resource.type],
  ["resource_name", (f) => f.resource.name],
  ["message", (f) => f.message],
  ["remediation", (f) => remediationFor(f).text],
  ["remediation_command", (f) => remediationFor(f).cli ?? ""],
  ["compliance", (f) => flatRequirements(f).join(" ")],
  ["sources", (f) => f.sources.join(" ")],
  ["suppressed", (f) => (f.suppressed ? `${f.suppressed.owner}: ${f.suppressed.reason}` : "")],
];

export function renderCsv(report: Report): string {
  return [...renderCsvChunks(report)].join("");
}

/** The header, then one row per finding. */
export function* renderCsvChunks(report: Report): Generator<string> {
  yield COLUMNS.map(([name]) => csvCell(name)).join(",") + "\r\n";
  for (const f of report.findings) yield COLUMNS.map(([, get]) => csvCell(get(f))).join(",") + "\r\n";
}

export function csvCell(value: string): string {
  const neutral = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(neutral) ? `"${neutral.replace(/"/g, '""')}"` : neutral;
}
