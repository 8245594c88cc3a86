// Narrowing a report to what the reader asked about: --compliance FW (findings of checks that evidence
// the framework), --severity (at or above), --service (resource type's service, e.g. s3, opensearch,
// storage). The summary is recounted so every format agrees with what it lists.
import type { CheckCompliance } from "../../src/compliance/view.js";
import { checksForControl, frameworkById, withFindingChecks } from "../../src/compliance/view.js";
import { summarize } from "../../src/engine/report.js";
import type { Finding, Report } from "../../src/model/finding.js";
import { InputError } from "../../src/model/input-error.js";
import { severityRank, type Severity } from "../../src/model/severity.js";
import { FRAMEWORK_DEFINITIONS } from "../../src/compliance/frameworks/index.js";

export interface ReportFilters {
  compliance?: string;
  severity?: Severity;
  service?: string[];
}

export function filterReport(
  report: Report,
  filters: ReportFilters,
  checks: readonly CheckCompliance[],
): Report {
  if (!filters.compliance && !filters.severity && !filters.service) return report;
  const keep: Array<(f: Finding) => boolean> = [];
  if (filters.compliance) {
    const framework = frameworkById(filters.compliance);
    if (!framework)
      throw new InputError(
        `--compliance ${filters.compliance}: unknown framework; one of ${FRAMEWORK_DEFINITIONS.map((f) => f.id).join(", ")}`,
      );
    const catalogue = withFindingChecks(checks, report.findings);
    const ids = new Set(
      framework.controls.flatMap((control) => checksForControl(framework, control, catalogue)),
    );
    keep.push((f) => ids.has(f.checkId));
  }
  if (filters.severity) {
    const threshold = severityRank(filters.severity);
    keep.push((f) => severityRank(f.severity) >= threshold);
  }
  if (filters.service) {
    const services = new Set(filters.service.map((s) => s.toLowerCase()));
    keep.push((f) => services.has(serviceOf(f)));
  }
  const findings = report.findings.filter((f) => keep.every((k) => k(f)));
  // Suppressed findings count in the total only, as the suppressions step counts them.
  const summary = summarize(
    findings.filter((f) => !f.suppressed),
    report.summary.errors,
    report.summary.assets,
  );
  if (report.summary.suppressed !== undefined) {
    summary.total = findings.length;
    summary.suppressed = findings.filter((f) => f.suppressed).length;
  }
  return { ...report, findings, summary };
}

/** "aws.s3.bucket" → "s3"; "azure.storage.account" → "storage". */
export function serviceOf(finding: Finding): string {
  return (finding.resource.type.split(".")[1] ?? "").toLowerCase();
}
