// The history part of a report: what a run of the same scope saw before (set by src/history).
import type { FindingResource } from "./finding-resource.js";
import type { ProviderId } from "./inventory.js";
import type { Severity } from "./severity.js";

/**
 * new: failing now, not failing at the previous run of this scope (first seen, or failing again after a fix).
 * persisting: failing now and at the previous observation.
 * unverified: was failing and is now unknown; not resolved, because nobody saw it pass.
 */
export type HistoryState = "new" | "persisting" | "unverified";

export interface FindingHistory {
  state: HistoryState;
  /** Start of the current open period (a failure fixed then failing again starts a new period). */
  firstSeen: string;
  /** The last run that saw it failing (for new and persisting: this run). */
  lastSeen: string;
  /** Set when this failure had been resolved before and came back. */
  previouslyResolvedAt?: string;
}

interface TrackedFinding {
  id: string;
  checkId: string;
  title: string;
  severity: Severity;
  provider: ProviderId;
  account: string;
  region: string;
  resource: FindingResource;
  firstSeen: string;
  lastSeen: string;
}

/** A failure of an earlier run that this run saw fixed. */
export interface ResolvedFinding extends TrackedFinding {
  resolvedAt: string;
  /** passed: the check now passes; gone: the resource is no longer there and its account was fully read. */
  how: "passed" | "gone";
}

/**
 * unknown: the check could not decide this time. coverage-gap: the finding is absent but its account had read
 * errors, so absence proves nothing. check-not-run: this run did not evaluate that check.
 */
export type UnverifiedReason = "unknown" | "coverage-gap" | "check-not-run";

/** A failure of an earlier run that this run could not confirm as fixed: it stays open. */
export interface UnverifiedFinding extends TrackedFinding {
  reason: UnverifiedReason;
}

export interface RunHistory {
  /** Identifies comparable runs: providers, accounts, regions and check selection. */
  scope: string;
  runId: number;
  previousRun?: { id: number; startedAt: string };
  counts: { new: number; persisting: number; resolved: number; unverified: number };
}
