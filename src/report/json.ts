// The JSON report file (schemaVersion 2, documented in the README "Reports" section). Each check's title,
// remediation and compliance map appear once under "checks", not in every finding; a finding repeats one only
// where it differs from its check's (native findings of one type may differ). Written finding by finding.
import type { Finding, Report } from "../model/finding.js";
import { jsonChunks, STREAMED_ARRAY } from "./json-stream.js";

export const JSON_REPORT_SCHEMA_VERSION = 2;

/** The per-check fields moved out of the findings. */
const CHECK_FIELDS = ["title", "category", "remediation", "compliance"] as const;
type CheckFields = Pick<Finding, (typeof CHECK_FIELDS)[number]>;

export function* renderJsonChunks(report: Report): Generator<string> {
  const checks: Record<string, CheckFields> = {};
  for (const finding of report.findings)
    checks[finding.checkId] ??= {
      title: finding.title,
      category: finding.category,
      remediation: finding.remediation,
      compliance: finding.compliance,
    };
  const { findings, ...rest } = report;
  const doc = { ...rest, schemaVersion: JSON_REPORT_SCHEMA_VERSION, checks, findings: STREAMED_ARRAY };
  yield* jsonChunks(doc, lean(findings, checks));
}

/** The report as one string (stdout); files are written from renderJsonChunks. */
export function renderJson(report: Report): string {
  return [...renderJsonChunks(report)].join("");
}

function* lean(findings: readonly Finding[], checks: Record<string, CheckFields>): Generator<object> {
  for (const finding of findings) {
    const check = checks[finding.checkId];
    const out: Record<string, unknown> = { ...finding };
    for (const field of CHECK_FIELDS) if (check && same(finding[field], check[field])) delete out[field];
    yield out;
  }
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * A saved JSON report (schemaVersion 1, or 2 with per-check fields under "checks") as the report model, each
 * finding whole again. Undefined when the value is not an aiposture JSON report.
 */
export function parseJsonReport(value: unknown): Report | undefined {
  const parsed = value as Partial<Report> & { schemaVersion?: unknown; checks?: Record<string, CheckFields> };
  if (!parsed || typeof parsed !== "object" || !Array.isArray(parsed.findings)) return undefined;
  if (parsed.schemaVersion === 1) return parsed as Report;
  if (parsed.schemaVersion !== JSON_REPORT_SCHEMA_VERSION) return undefined;
  const { checks = {}, ...rest } = parsed;
  return {
    ...(rest as Report),
    schemaVersion: 1,
    findings: parsed.findings.map((finding) => ({ ...checks[finding.checkId], ...finding }) as Finding),
  };
}
