import type { Report } from "../model/finding.js";

/** The JSON report (schemaVersion 1, documented in the README). Resource text is escaped by JSON itself. */
export function renderJson(report: Report): string {
  return JSON.stringify(report, null, 2) + "\n";
}
