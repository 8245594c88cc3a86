import type { Severity } from "../../model/severity.js";

/** OCSF severity_id (dictionary: 1 Informational … 5 Critical). */
export const OCSF_SEVERITY_ID: Record<Severity, number> = {
  info: 1,
  low: 2,
  medium: 3,
  high: 4,
  critical: 5,
};

/** ASFF Severity.Label. */
export const ASFF_SEVERITY_LABEL: Record<Severity, "INFORMATIONAL" | "LOW" | "MEDIUM" | "HIGH" | "CRITICAL"> =
  {
    info: "INFORMATIONAL",
    low: "LOW",
    medium: "MEDIUM",
    high: "HIGH",
    critical: "CRITICAL",
  };

/** SARIF level, and GitHub code scanning's security-severity score (its bands: 9+ critical, 7+ high, 4+ medium). */
export const SARIF_LEVEL: Record<Severity, "error" | "warning" | "note"> = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note",
  info: "note",
};
export const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0",
  info: "0.0",
};
