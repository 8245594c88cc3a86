import type { Asset, AssetKind, AssetOfKind } from "./asset.js";
import type { AssetGraph } from "./graph.js";
import type { ProviderId } from "./inventory.js";
import { isUnknown, type Known, type Unknown } from "./known.js";
import type { Severity, Status } from "./severity.js";

export type Category =
  "exposure" | "encryption" | "logging" | "identity" | "network" | "resilience" | "threat" | "supply-chain";

export const FRAMEWORKS = ["nist-800-53-r5", "hipaa", "gdpr", "soc2"] as const;
export type Framework = (typeof FRAMEWORKS)[number];
export type ComplianceMap = Partial<Record<Framework, string[]>>;

export interface Remediation {
  text: string;
  cli?: Partial<Record<ProviderId, string>>;
}

export interface CheckOutcome {
  status: Status;
  message: string;
  evidence?: Record<string, unknown>;
  /** Overrides the check's severity for this outcome (e.g. public write is worse on a model-artifact bucket). */
  severity?: Severity;
}

export interface Check<K extends AssetKind = AssetKind> {
  /** Stable forever: suppressions, history and fingerprints key on it. */
  id: string;
  title: string;
  kind: K;
  category: Category;
  severity: Severity;
  /** Clouds the check applies to; absent means every cloud that produces this asset kind. */
  providers?: ProviderId[];
  compliance: ComplianceMap;
  remediation: Remediation;
  /** Raise severity one step when the asset carries a sensitive data-classification tag. Default: exposure checks. */
  sensitiveDataRaisesSeverity?: boolean;
  /** Pure and synchronous: no I/O, no clock, no randomness. */
  evaluate(asset: AssetOfKind<K>, graph: AssetGraph): CheckOutcome;
}

/** Erases the asset kind so checks of every kind fit in one list. */
export type AnyCheck = Check<AssetKind> & { evaluate(asset: Asset, graph: AssetGraph): CheckOutcome };

export function defineCheck<K extends AssetKind>(check: Check<K>): AnyCheck {
  return check as unknown as AnyCheck;
}

export function pass(message: string, evidence?: Record<string, unknown>): CheckOutcome {
  return { status: "pass", message, evidence };
}

export function fail(message: string, evidence?: Record<string, unknown>, severity?: Severity): CheckOutcome {
  return severity ? { status: "fail", message, evidence, severity } : { status: "fail", message, evidence };
}

export function cannotTell(what: string, why: Unknown | string): CheckOutcome {
  const reason = typeof why === "string" ? why : why.reason;
  return { status: "unknown", message: `Could not determine ${what}: ${reason}`, evidence: { reason } };
}

/**
 * Evaluates `decide` when every input is known; otherwise returns unknown naming the first unreadable input.
 * Keeps each check's unknown handling to one line.
 */
export function whenKnown<T>(
  what: string,
  value: Known<T>,
  decide: (value: T) => CheckOutcome,
): CheckOutcome {
  return isUnknown(value) ? cannotTell(what, value) : decide(value);
}
