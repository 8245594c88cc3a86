import type { Severity } from "../../../src/model/severity.js";

/**
 * GuardDuty's documented bands (User Guide, "Severity levels of GuardDuty findings"): Low 1.0–3.9, Medium
 * 4.0–6.9, High 7.0–8.9, Critical 9.0–10.0. Values below 1.0 are reserved; they map to info.
 */
export function guardDutySeverity(value: number | undefined): Severity {
  if (value === undefined || !Number.isFinite(value)) return "info";
  if (value >= 9) return "critical";
  if (value >= 7) return "high";
  if (value >= 4) return "medium";
  if (value >= 1) return "low";
  return "info";
}
