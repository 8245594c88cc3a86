// Findings that the clouds' own security services already raise (GuardDuty, Microsoft Defender for Cloud),
// normalized so the merge (src/merge) can join them to assets, fold them into our check results, escalate
// misconfigurations under attack, and keep what no check covers.
import type { Remediation } from "./check.js";
import type { ProviderId } from "./inventory.js";
import type { Severity } from "./severity.js";

export type NativeSource = "guardduty" | "defender";

/**
 * "threat": something is happening (a GuardDuty threat type, a Defender alert).
 * "posture": something is configured badly (a GuardDuty Policy:* type, an unhealthy Defender assessment).
 */
export type NativeKind = "threat" | "posture";

export interface NativeFinding {
  source: NativeSource;
  provider: ProviderId;
  /** AWS account id or Azure subscription id the finding belongs to. */
  account: string;
  region: string;
  /** The source's own id: a GuardDuty finding id, a Defender alert or assessment ARM id. */
  nativeId: string;
  /** GuardDuty finding type, Defender alertType or assessment name. What the kept finding's check id names. */
  type: string;
  /** The key of the fold table: the GuardDuty type, or a Defender assessment's policyDefinitionId. */
  foldKey: string;
  kind: NativeKind;
  /** Whether the source still considers it open (not archived, alert Active/InProgress, assessment Unhealthy). */
  active: boolean;
  title: string;
  description?: string;
  severity: Severity;
  /** The source's own severity (GuardDuty 1.0–10.0, Defender "High"), kept as evidence. */
  nativeSeverity: number | string;
  /** ARNs / ARM ids of the resources concerned; the merge joins on them (ARM ids case-insensitively). */
  resourceIds: string[];
  /** Resource type as the source names it (GuardDuty Resource.ResourceType, ARM type). */
  resourceType?: string;
  /** Occurrences the source aggregated into this finding. */
  count: number;
  firstSeen?: string;
  lastSeen?: string;
  /** How to look it up in the source, used when the finding is kept as one of its own. */
  remediation?: Remediation;
}

/**
 * Whether a native source could be read for one scope (AWS account + region, Azure subscription). A source that
 * is off or unreadable is a coverage gap, not silence: nothing it might have said was heard.
 */
export interface NativeSourceStatus {
  source: NativeSource;
  provider: ProviderId;
  account: string;
  /** "global" for subscription-wide sources. */
  region: string;
  state: "read" | "partial" | "not-enabled" | "unreadable";
  detail: string;
  /** Native findings read in this scope. */
  findings: number;
  /** AI assets aiposture found in this scope (set by the merge): a source off where there are none is no gap. */
  aiAssets?: number;
}

/** A native finding as it appears in a report's evidence (`Finding.native`). */
export interface NativeEvidence {
  source: NativeSource;
  id: string;
  type: string;
  title: string;
  severity: Severity;
  nativeSeverity: number | string;
  count: number;
  firstSeen?: string;
  lastSeen?: string;
  /** On a folded finding: false when our own check passed but the source still reports the problem. */
  agrees?: boolean;
}

export function nativeEvidence(finding: NativeFinding, agrees?: boolean): NativeEvidence {
  return {
    source: finding.source,
    id: finding.nativeId,
    type: finding.type,
    title: finding.title,
    severity: finding.severity,
    nativeSeverity: finding.nativeSeverity,
    count: finding.count,
    ...(finding.firstSeen ? { firstSeen: finding.firstSeen } : {}),
    ...(finding.lastSeen ? { lastSeen: finding.lastSeen } : {}),
    ...(agrees === undefined ? {} : { agrees }),
  };
}

/** Display names of the sources, for messages. */
export const NATIVE_SOURCE_NAMES: Record<NativeSource, string> = {
  guardduty: "GuardDuty",
  defender: "Defender for Cloud",
};

/** What a report says about native sources (`Report.native`): per-scope status and what the merge did. */
export interface NativeReportSummary {
  sources: NativeSourceStatus[];
  /** Native findings read, before the merge. */
  read: number;
  /** Folded into one of our check results. */
  folded: number;
  /** Carried by an "exposed and under active attack" finding. */
  escalated: number;
  /** Kept as findings of their own (checkId "native.<source>:<type>"). */
  kept: number;
  /** On resources that are not AI assets, left out because --all-native was not given. */
  omitted: number;
  /** Read but no longer open (archived, resolved, dismissed): not reported. */
  inactive: number;
}
