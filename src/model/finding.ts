import { createHash } from "node:crypto";
import type { Category, ComplianceMap, Remediation } from "./check.js";
import { normalizeResourceId } from "./graph.js";
import type { CollectionError, ProviderId, Scope } from "./inventory.js";
import type { Severity, Status } from "./severity.js";
import type { NativeEvidence, NativeReportSummary } from "./native-finding.js";
import type { FindingResource } from "./finding-resource.js";
import type { FindingHistory, ResolvedFinding, RunHistory, UnverifiedFinding } from "./history.js";
import type { FindingSuppression, SuppressionsSummary } from "./suppression.js";

export type { FindingResource } from "./finding-resource.js";

export interface Finding {
  /** Stable fingerprint of check id and resource id. */
  id: string;
  checkId: string;
  title: string;
  status: Status;
  severity: Severity;
  category: Category;
  provider: ProviderId;
  account: string;
  region: string;
  resource: FindingResource;
  /** The check's message id (stable; the wording of `message` may change). Absent on native-source findings. */
  messageId?: string;
  message: string;
  evidence: Record<string, unknown>;
  remediation: Remediation;
  compliance: ComplianceMap;
  /** Where the finding came from: "aiposture", and native sources ("guardduty", "defender") once merged. */
  sources: string[];
  dataClassification?: string;
  /** Native findings (GuardDuty, Defender) folded into this one or carried as its evidence (src/merge). */
  native?: NativeEvidence[];
  /** On a misconfiguration of a resource under active attack: the "exposed and under active attack" finding. */
  escalated?: { findingId: string; checkId: string };
  /** With --history: new, persisting, or unverified (was failing, now unknown). */
  history?: FindingHistory;
  /** With --suppressions: an unexpired entry accepts this finding; it does not count as a failure. */
  suppressed?: FindingSuppression;
}

export interface ReportSummary {
  total: number;
  byStatus: Record<Status, number>;
  failuresBySeverity: Record<Severity, number>;
  assets: number;
  errors: number;
  /** With --suppressions: findings suppressed, counted in total but not in byStatus/failuresBySeverity. */
  suppressed?: number;
}

export interface Report {
  schemaVersion: 1;
  tool: { name: "aiposture"; version: string };
  startedAt: string;
  finishedAt: string;
  scopes: Scope[];
  findings: Finding[];
  errors: CollectionError[];
  summary: ReportSummary;
  /** Native sources read per scope (coverage) and what the merge did with their findings. */
  native?: NativeReportSummary;
  /** With --history: the run in the history file and what changed since the last run of its scope. */
  history?: RunHistory;
  resolved?: ResolvedFinding[];
  /** Earlier failures this run could not confirm fixed (unknown now, or absent with coverage gaps): still open. */
  unverified?: UnverifiedFinding[];
  suppressions?: SuppressionsSummary;
  /** What the reader should know that is not a finding, e.g. that the advisory snapshot is out of date. */
  warnings?: string[];
}

export function fingerprint(checkId: string, resourceId: string): string {
  return createHash("sha256")
    .update(`${checkId}\u0000${normalizeResourceId(resourceId)}`)
    .digest("hex")
    .slice(0, 24);
}
