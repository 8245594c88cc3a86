// What the handler tells people: one Alert per state change of a finding (opened, resolved) and per GuardDuty
// threat joined to posture (escalated, native). Which changes are alerts is decided here, against the state.
import type { Finding } from "../../src/model/finding.js";
import { severityRank, type Severity } from "../../src/model/severity.js";
import type { AlertState, StoredAlert } from "./state.js";

export type AlertKind = "opened" | "resolved" | "escalated" | "native";

/** What caused the evaluation: the CloudTrail call, the GuardDuty finding, or the schedule. */
export interface AlertCause {
  event: string;
  eventId: string;
  actor?: string;
  sourceIp?: string;
  time?: string;
}

export interface Alert {
  /** State key: "finding#<fingerprint>", or "<kind>#<GuardDuty finding id>" for threats. */
  key: string;
  kind: AlertKind;
  /** The state the alert moves its key to. */
  to: AlertState;
  severity: Severity;
  finding: Finding;
  cause: AlertCause;
}

export const findingKey = (finding: Finding) => `finding#${finding.id}`;

/**
 * Posture changes worth an alert: a failure at or above the threshold that is not already open, and an open
 * one that now passes. Unknown changes nothing: a failed read is never a resolution.
 */
export function postureAlerts(
  findings: readonly Finding[],
  stored: ReadonlyMap<string, StoredAlert>,
  minSeverity: Severity,
  cause: AlertCause,
): Alert[] {
  const alerts: Alert[] = [];
  for (const finding of findings) {
    const key = findingKey(finding);
    const state = stored.get(key)?.state;
    if (
      finding.status === "fail" &&
      severityRank(finding.severity) >= severityRank(minSeverity) &&
      state !== "open"
    )
      alerts.push({ key, kind: "opened", to: "open", severity: finding.severity, finding, cause });
    else if (finding.status === "pass" && state === "open")
      alerts.push({ key, kind: "resolved", to: "resolved", severity: finding.severity, finding, cause });
  }
  return alerts;
}

/** Threat findings from the merge: alerted once per GuardDuty finding and level (a later escalation still alerts). */
export function threatAlerts(
  findings: readonly Finding[],
  nativeId: string,
  stored: ReadonlyMap<string, StoredAlert>,
  cause: AlertCause,
): Alert[] {
  return findings.flatMap((finding) => {
    const kind: AlertKind = finding.checkId.startsWith("threat.") ? "escalated" : "native";
    const key = `${kind}#${nativeId}#${finding.resource.id}`;
    if (stored.get(key)?.state === "open") return [];
    return [{ key, kind, to: "open" as const, severity: finding.severity, finding, cause }];
  });
}

/** Worst first, then stable by key, so messages list what matters most at the top. */
export function sortAlerts(alerts: Alert[]): Alert[] {
  const order: Record<AlertKind, number> = { escalated: 0, native: 1, opened: 2, resolved: 3 };
  return alerts.sort(
    (a, b) =>
      order[a.kind] - order[b.kind] ||
      severityRank(b.severity) - severityRank(a.severity) ||
      a.key.localeCompare(b.key),
  );
}
