// The merge's rule tables: which native findings are the same problem as one of our checks (fold), which are
// active threats (escalate), and which assets count as AI assets (keep). docs/merge.md renders these tables;
// test/merge/rules.test.ts keeps the two in step.
import type { AssetKind } from "../model/asset.js";
import type { Category, ComplianceMap } from "../model/check.js";
import type { NativeFinding, NativeSource } from "../model/native-finding.js";

export interface FoldRule {
  source: NativeSource;
  /**
   * GuardDuty finding type, or a Defender assessment's `metadata.policyDefinitionId` — never a display name,
   * which Microsoft renames. Policy definition ids compare case-insensitively (they are ARM ids).
   */
  key: string;
  /** Our equivalent checks in order of preference: folds into the first that failed, else the first present. */
  checkIds: readonly string[];
  /** The native finding is about an account-wide setting: fold into the account asset's result. */
  target?: "account";
  /** Why these are the same problem (rendered in docs/merge.md). */
  why: string;
}

/** "Storage account public access should be disallowed" (Azure Policy built-in, audit effect). */
export const DEFENDER_STORAGE_PUBLIC_ACCESS_POLICY =
  "/providers/Microsoft.Authorization/policyDefinitions/4fa4b6c0-31ca-4c0d-b10d-24b96f62a751";

export const FOLD_RULES: readonly FoldRule[] = [
  {
    source: "guardduty",
    key: "Policy:S3/BucketBlockPublicAccessDisabled",
    checkIds: ["storage.public-access-prevention"],
    why: "GuardDuty saw the bucket's Block Public Access turned off; our check reads the setting itself",
  },
  {
    source: "guardduty",
    key: "Policy:S3/BucketAnonymousAccessGranted",
    checkIds: ["storage.public-read", "storage.public-write"],
    why: "a policy or ACL grants access to anonymous users (AllUsers / Principal *)",
  },
  {
    source: "guardduty",
    key: "Policy:S3/BucketPublicAccessGranted",
    checkIds: ["storage.public-read", "storage.public-write"],
    why: "a policy or ACL grants access to any authenticated AWS user; our evaluator counts that as public",
  },
  {
    source: "guardduty",
    key: "Policy:S3/AccountBlockPublicAccessDisabled",
    checkIds: ["account.s3-block-public-access"],
    target: "account",
    why: "account-level S3 Block Public Access turned off",
  },
  {
    source: "guardduty",
    key: "Stealth:S3/ServerAccessLoggingDisabled",
    checkIds: ["storage.access-logging"],
    why: "server access logging turned off on the bucket",
  },
  {
    source: "defender",
    key: DEFENDER_STORAGE_PUBLIC_ACCESS_POLICY,
    checkIds: ["storage.public-read", "storage.public-access-prevention"],
    why: "allowBlobPublicAccess is not false on the storage account (Defender recommendation 'Storage account public access should be disallowed')",
  },
];

/** Case-insensitive for Defender policy definition ids (ARM ids), exact for GuardDuty types. */
export function foldKeyOf(source: NativeSource, key: string): string {
  return source === "defender" ? key.toLowerCase() : key;
}

const FOLD_INDEX = new Map(
  FOLD_RULES.map((rule) => [`${rule.source}\u0000${foldKeyOf(rule.source, rule.key)}`, rule]),
);

export function foldRuleFor(finding: NativeFinding): FoldRule | undefined {
  return FOLD_INDEX.get(`${finding.source}\u0000${foldKeyOf(finding.source, finding.foldKey)}`);
}

/**
 * GuardDuty threat purposes (the part of a finding type before ":") that mean an attack in progress on the
 * resource. PenTest, Recon, Stealth, Policy and others are kept as native findings but do not escalate.
 */
export const GUARDDUTY_ACTIVE_THREAT_PURPOSES = [
  "Exfiltration",
  "Discovery",
  "UnauthorizedAccess",
  "Impact",
  "AttackSequence",
] as const;

/** An open threat finding that escalates a misconfiguration on the same resource. Any open Defender alert does. */
export function isActiveThreat(finding: NativeFinding): boolean {
  if (!finding.active || finding.kind !== "threat") return false;
  if (finding.source === "defender") return true;
  const purpose = finding.type.split(":")[0] ?? "";
  return (GUARDDUTY_ACTIVE_THREAT_PURPOSES as readonly string[]).includes(purpose);
}

/** Failures of these categories on a resource under active threat are escalated. */
export const ESCALATING_CATEGORIES: readonly Category[] = ["exposure", "encryption"];

/**
 * Asset kinds that are not AI assets: native findings joined only to these (or to nothing aiposture collected)
 * appear only with --all-native. Every other kind aiposture collects holds or serves AI data or models.
 */
export const NON_AI_KINDS: readonly AssetKind[] = ["account", "threat-detection"];

export const ESCALATION = {
  checkId: "threat.exposed-under-attack",
  title: "Exposed and under active attack",
  compliance: {
    "nist-800-53-r5": ["IR-4", "IR-5", "IR-6", "SI-4"],
    hipaa: ["164.308(a)(6)(ii)"],
    gdpr: ["Art. 33", "Art. 34"],
    soc2: ["CC7.3", "CC7.4"],
  } satisfies ComplianceMap,
  remediation:
    "Treat this as an incident. Contain first: fix the misconfigurations listed in the evidence (their own remediation follows). Then investigate the native finding: who accessed what, from where and when; rotate any credentials it implicates; review the resource's access logs for the window it covers.",
} as const;

/** Compliance of native findings kept as findings of their own. */
export const NATIVE_COMPLIANCE: Record<"threat" | "posture", ComplianceMap> = {
  threat: ESCALATION.compliance,
  posture: {
    "nist-800-53-r5": ["CA-7", "RA-5", "SI-4"],
    hipaa: ["164.308(a)(1)(ii)(D)", "164.308(a)(8)"],
    gdpr: ["Art. 32(1)(d)"],
    soc2: ["CC7.1", "CC7.2"],
  },
};

/** Check id of a native finding kept as its own: "native.guardduty:Discovery:S3/TorIPCaller". */
export function nativeCheckId(finding: Pick<NativeFinding, "source" | "type">): string {
  return `native.${finding.source}:${finding.type}`;
}
