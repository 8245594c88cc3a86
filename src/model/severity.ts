export const SEVERITIES = ["critical", "high", "medium", "low", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

export type Status = "fail" | "pass" | "unknown";

/** Higher number means worse; used for sorting and --fail-on thresholds. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(severity);
}

export function raiseSeverity(severity: Severity, steps = 1): Severity {
  const index = Math.max(0, SEVERITIES.indexOf(severity) - steps);
  return SEVERITIES[index] ?? severity;
}

export function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}
