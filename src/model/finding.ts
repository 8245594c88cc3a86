import { createHash } from "node:crypto";
import type { Category, ComplianceMap, Remediation } from "./check.js";
import { normalizeResourceId } from "./graph.js";
import type { CollectionError, ProviderId, Scope } from "./inventory.js";
import type { Severity, Status } from "./severity.js";

export interface FindingResource {
  id: string;
  type: string;
  name: string;
}

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
  message: string;
  evidence: Record<string, unknown>;
  remediation: Remediation;
  compliance: ComplianceMap;
  /** Where the finding came from: "aiposture", and native sources ("guardduty", "defender") once merged. */
  sources: string[];
  dataClassification?: string;
}

export interface ReportSummary {
  total: number;
  byStatus: Record<Status, number>;
  failuresBySeverity: Record<Severity, number>;
  assets: number;
  errors: number;
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
}

export function fingerprint(checkId: string, resourceId: string): string {
  return createHash("sha256")
    .update(`${checkId}\u0000${normalizeResourceId(resourceId)}`)
    .digest("hex")
    .slice(0, 24);
}
