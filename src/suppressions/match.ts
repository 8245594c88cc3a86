// Whether a suppression entry covers a finding. Globs are IAM-style (`*`, `?`); ARM ids compare case-insensitively.
import type { Finding } from "../model/finding.js";
import { isUnknown, type Known } from "../model/known.js";
import { globMatches } from "../text/glob.js";
import type { SuppressionRef } from "../model/suppression.js";

export type Tags = Known<Record<string, string>>;

export function entryMatches(entry: SuppressionRef, finding: Finding, tags: Tags | undefined): boolean {
  if (!globMatches(entry.checkId, finding.checkId, false)) return false;
  const armId = finding.resource.id.startsWith("/subscriptions/");
  if (
    !globMatches(entry.resource, finding.resource.id, armId) &&
    !globMatches(entry.resource, finding.resource.name, armId)
  )
    return false;
  if (entry.account !== undefined && !globMatches(entry.account, finding.account, true)) return false;
  if (entry.region !== undefined && !globMatches(entry.region, finding.region, true)) return false;
  if (entry.tags !== undefined) {
    // Tags that could not be read cannot prove the entry applies: the finding stays counted.
    if (tags === undefined || isUnknown(tags)) return false;
    for (const [key, pattern] of Object.entries(entry.tags)) {
      const value = tags[key];
      if (value === undefined || !globMatches(pattern, value, false)) return false;
    }
  }
  return true;
}
