// What one invocation did, returned by the handler, logged, and printed by `npm run lambda:local`.
import type { CollectionError } from "../../src/model/inventory.js";
import type { Severity, Status } from "../../src/model/severity.js";
import type { AlertKind } from "./alerts.js";
import type { SinkAttempt } from "./sinks/types.js";

export interface LambdaResult {
  eventId?: string;
  kind: "cloudtrail" | "guardduty" | "scheduled" | "unknown";
  status: "processed" | "ignored" | "duplicate";
  /** Why an event was ignored (not understood, failed API call, resource type not collected). */
  reason?: string;
  /** "s3.amazonaws.com PutBucketPolicy", "GuardDuty Exfiltration:S3/AnomalousBehavior", "schedule". */
  event?: string;
  targets: Array<{
    service: string;
    region: string;
    name?: string;
    resourceId?: string;
    /**
     * resource: that resource alone; service-region: its service's collector in that region (no single-resource
     * hook yet); region: every collector in that region; full: the scheduled scan.
     */
    recollection: "resource" | "service-region" | "region" | "full";
  }>;
  findings: {
    evaluated: number;
    byStatus: Record<Status, number>;
    /** Failures and unknowns in scope (passes are counted, not listed). */
    items: Array<{ checkId: string; resource: string; status: Status; severity: Severity; message: string }>;
  };
  alerts: Array<{
    kind: AlertKind;
    key: string;
    checkId: string;
    resource: string;
    severity: Severity;
    /** At least one sink took it in this invocation. */
    delivered: boolean;
    /** Sinks that failed it: they still owe it, and a redelivery sends it to them alone. */
    owedBy?: string[];
  }>;
  /** Alerts another delivery of the same change already owns (duplicate or overlapping invocation). */
  skipped: string[];
  deliveries: Array<{ alerts: number; delivered: boolean; sinks: SinkAttempt[] }>;
  /** Alerts no sink took: their state was released, so a retry alerts again. */
  undelivered: number;
  /** Deliveries (alert × sink) that failed: each sink's state was released, so a retry sends them again. */
  owed: number;
  /** Coverage gaps of the re-collection (unknowns in findings explain themselves). */
  errors: CollectionError[];
}

export function emptyResult(
  kind: LambdaResult["kind"],
  status: LambdaResult["status"],
  eventId?: string,
): LambdaResult {
  return {
    ...(eventId ? { eventId } : {}),
    kind,
    status,
    targets: [],
    findings: { evaluated: 0, byStatus: { fail: 0, pass: 0, unknown: 0 }, items: [] },
    alerts: [],
    skipped: [],
    deliveries: [],
    undelivered: 0,
    owed: 0,
    errors: [],
  };
}
