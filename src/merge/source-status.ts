// Whether a native source (GuardDuty, Defender) could be read in one scope, from its inventory record: the same
// decision for every source — a required listing missing is "unreadable", the service switched off is
// "not-enabled" (an answer, not a failed read), a later read that failed is "partial", else "read".
import type { CollectionError } from "../model/inventory.js";
import type { NativeSourceStatus } from "../model/native-finding.js";

type Step =
  /** An operation whose reply must be present for the source to count as read at all. */
  | { require: string }
  /** Says why the source is off in this scope, or undefined when it is on. */
  | { notEnabled: () => string | undefined };

export interface SourceStatusSpec {
  base: Omit<NativeSourceStatus, "state" | "detail" | "findings">;
  replies: Readonly<Record<string, unknown>>;
  /** The error entry of an operation in this scope, if it failed. */
  failed: (operation: string) => CollectionError | undefined;
  steps: readonly Step[];
  /** Operations whose failure leaves the source partly read. */
  partial: readonly string[];
  readDetail: () => string;
}

export function sourceStatusOf(spec: SourceStatusSpec): Omit<NativeSourceStatus, "findings"> {
  const { base, replies, failed } = spec;
  for (const step of spec.steps) {
    if ("require" in step) {
      if (step.require in replies) continue;
      const error = failed(step.require);
      return {
        ...base,
        state: "unreadable",
        detail: error ? `${step.require} failed: ${error.code}` : `${step.require} was not read`,
      };
    }
    const off = step.notEnabled();
    if (off !== undefined) return { ...base, state: "not-enabled", detail: off };
  }
  for (const operation of spec.partial) {
    const error = failed(operation);
    if (error) return { ...base, state: "partial", detail: `${operation} failed: ${error.code}` };
  }
  return { ...base, state: "read", detail: spec.readDetail() };
}
