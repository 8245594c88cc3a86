// An advisory's severity, from the advisory itself: the source's own label (GitHub's database_specific.severity)
// when there is one, else the worst CVSS base score among its vectors. Advisories that carry neither are
// "unrated" and say so; they are not silently given the check's severity.
import cvss from "ae-cvss-calculator";
import type { Severity } from "../../model/severity.js";
import type { OsvRecord } from "./schema.js";

export interface AdvisorySeverity {
  level: Severity | "unrated";
  /** Where the level came from: "GitHub label CRITICAL", "CVSS_V3 9.8", or why it is unrated. */
  basis: string;
}

const GITHUB_LABELS: Readonly<Record<string, Severity>> = {
  CRITICAL: "critical",
  HIGH: "high",
  MODERATE: "medium",
  MEDIUM: "medium",
  LOW: "low",
};

export function advisorySeverity(record: OsvRecord): AdvisorySeverity {
  const label = record.database_specific?.["severity"];
  if (typeof label === "string" && GITHUB_LABELS[label.toUpperCase()])
    return { level: GITHUB_LABELS[label.toUpperCase()]!, basis: `source label ${label.toUpperCase()}` };
  let worst: { score: number; type: string } | undefined;
  for (const entry of record.severity ?? []) {
    const score = cvssBaseScore(entry.score);
    if (score !== undefined && (!worst || score > worst.score)) worst = { score, type: entry.type };
  }
  if (worst) return { level: fromCvss(worst.score), basis: `${worst.type} ${worst.score.toFixed(1)}` };
  return { level: "unrated", basis: "the advisory carries no severity" };
}

/** Base score of a CVSS 2, 3.x or 4.0 vector; undefined when the vector does not parse. */
export function cvssBaseScore(vector: string): number | undefined {
  try {
    const parsed = cvss.fromVector(vector) as { calculateScores(): { base?: number } } | null;
    const base = parsed?.calculateScores().base;
    return typeof base === "number" && Number.isFinite(base) ? base : undefined;
  } catch {
    return undefined;
  }
}

/** The CVSS v3/v4 qualitative rating scale. */
export function fromCvss(score: number): Severity {
  if (score >= 9) return "critical";
  if (score >= 7) return "high";
  if (score >= 4) return "medium";
  if (score > 0) return "low";
  return "info";
}
