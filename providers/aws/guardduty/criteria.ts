import type { FindingCriteria } from "@aws-sdk/client-guardduty";

/**
 * Which findings ListFindings returns: open ones only (`service.archived` = false), the way the GuardDuty console
 * shows them by default. This is the one place to change it — e.g. add `severity: { GreaterThanOrEqual: 4 }` to
 * drop Low findings, or remove the archived criterion to see archived findings too (the merge ignores archived
 * findings either way; they are counted as inactive).
 */
export const GUARDDUTY_FINDING_CRITERIA: FindingCriteria = {
  Criterion: { "service.archived": { Eq: ["false"] } },
};

/** ListFindings and ListDetectors return at most 50 per page; GetFindings accepts at most 50 ids (API Reference). */
export const GUARDDUTY_PAGE_MAX = 50;
export const GET_FINDINGS_BATCH = 50;
