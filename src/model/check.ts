import type { Asset, AssetKind, AssetOfKind } from "./asset.js";
import type { ApprovedModelsPolicy } from "./approved-models.js";
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

/**
 * Message templates by id: `{ publicPolicy: "Anyone can read: {{routes}}" }`. Ids are the stable part (tests and
 * consumers key on them); the wording may change freely. The built-in ids below may not be redeclared.
 */
export type MessageTemplates = Readonly<Record<string, string>> & { [K in BuiltInMessageId]?: never };

/** Placeholder values of a message; they are also the finding's evidence. */
export type MessageData = Record<string, unknown>;

/** Messages every check can use without declaring them. */
export const BUILT_IN_MESSAGES = {
  cannotTell: "Could not determine {{what}}: {{reason}}",
  internalError: "Check failed internally: {{internalError}}",
} as const;
export type BuiltInMessageId = keyof typeof BUILT_IN_MESSAGES;

/** The ids a check with messages `M` may return: its own, and "cannotTell". */
export type MessageId<M> = (keyof M & string) | "cannotTell";

/** What the user supplies for checks to judge against (files given by flags), as opposed to what is read. */
export interface CheckInputs {
  /** --approved-models: the models deployments may serve. */
  approvedModels?: ApprovedModelsPolicy;
}

export interface CheckOutcome<Id extends string = string> {
  status: Status;
  messageId: Id;
  /** The placeholders' values; the engine formats the message from them and keeps them as evidence. */
  data: MessageData;
  /** Overrides the check's severity for this outcome (e.g. public write is worse on a model-artifact bucket). */
  severity?: Severity;
}

export interface Check<K extends AssetKind = AssetKind, M extends MessageTemplates = MessageTemplates> {
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
  /**
   * Other asset kinds `evaluate` looks at through the graph ("all" when it looks at every asset), so a scan
   * narrowed to this check still reads them. A test holds each check to what it declares.
   */
  uses?: readonly AssetKind[] | "all";
  /**
   * The flag that turns on the opt-in reads this check judges (e.g. "--scan-artifacts", a data-plane read). A scan
   * without it does not run the check, so the reads nobody asked for never read as unknown verdicts.
   */
  optIn?: `--${string}`;
  /**
   * The user input the check judges against (given by its `optIn` flag). Without it the check does not run, not
   * even on a saved inventory: there is nothing to judge by. With it, `evaluate` may rely on it being present.
   */
  needsInput?: keyof CheckInputs;
  messages: M;
  /** Pure and synchronous: no I/O, no clock, no randomness. May only return the ids declared in `messages`. */
  evaluate(
    asset: AssetOfKind<K>,
    graph: AssetGraph,
    inputs?: CheckInputs,
  ): CheckOutcome<NoInfer<MessageId<M>>>;
}

/** Erases the asset kind so checks of every kind fit in one list; keeps the message ids for typed test tables. */
export type AnyCheck<M extends MessageTemplates = MessageTemplates> = Omit<
  Check<AssetKind, M>,
  "evaluate"
> & {
  evaluate(asset: Asset, graph: AssetGraph, inputs?: CheckInputs): CheckOutcome<MessageId<M>>;
};

export function defineCheck<K extends AssetKind, const M extends MessageTemplates>(
  check: Check<K, M>,
): AnyCheck<M> {
  return check as unknown as AnyCheck<M>;
}

export function pass<Id extends string>(messageId: Id, data: MessageData = {}): CheckOutcome<Id> {
  return { status: "pass", messageId, data };
}

export function fail<Id extends string>(
  messageId: Id,
  data: MessageData = {},
  severity?: Severity,
): CheckOutcome<Id> {
  return severity ? { status: "fail", messageId, data, severity } : { status: "fail", messageId, data };
}

/** An unknown outcome with a message of the check's own (most checks use `cannotTell` instead). */
export function unknown<Id extends string>(messageId: Id, data: MessageData = {}): CheckOutcome<Id> {
  return { status: "unknown", messageId, data };
}

export function cannotTell(what: string, why: Unknown | string): CheckOutcome<"cannotTell"> {
  const reason = typeof why === "string" ? why : why.reason;
  return { status: "unknown", messageId: "cannotTell", data: { what, reason } };
}

/**
 * Evaluates `decide` when every input is known; otherwise returns unknown naming the first unreadable input.
 * Keeps each check's unknown handling to one line.
 */
export function whenKnown<T, Id extends string>(
  what: string,
  value: Known<T>,
  decide: (value: T) => CheckOutcome<Id>,
): CheckOutcome<Id | "cannotTell"> {
  return isUnknown(value) ? cannotTell(what, value) : decide(value);
}
