// The suppression part of a report (set by src/suppressions).

/** On a finding that an entry of the suppressions file accepts: it stays in the JSON, out of the failures. */
export interface FindingSuppression {
  reason: string;
  owner: string;
  /** As written in the file (YYYY-MM-DD suppresses through that day, UTC). */
  expires: string;
  /** Line of the entry in the suppressions file. */
  line: number;
}

/** An entry of the suppressions file, as reported back. */
export interface SuppressionRef {
  line: number;
  checkId: string;
  resource: string;
  account?: string;
  region?: string;
  tags?: Record<string, string>;
  reason: string;
  owner: string;
  expires: string;
}

export interface ExpiredSuppression extends SuppressionRef {
  /** Findings it would still match: they count as failures again. */
  matches: number;
}

export interface SuppressionsSummary {
  file: string;
  /** Findings suppressed in this report. */
  suppressed: number;
  /** Entries past their expiry date: they no longer suppress anything. */
  expired: ExpiredSuppression[];
  /** Unexpired entries that matched no failing or unknown finding: fixed, renamed, or a typo. */
  stale: SuppressionRef[];
  /** Unexpired entries whose check and resource globs match everything: they can silence the whole report. */
  broad: SuppressionRef[];
}
