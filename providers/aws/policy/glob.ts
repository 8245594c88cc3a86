// IAM wildcard coverage and the "fixed value" test; the matching itself is src/text/glob.ts.
import { globMatches, hasWildcard } from "../../../src/text/glob.js";

export { globMatches, hasWildcard };

/**
 * Whether everything `inner` can match is matched by `outer`. Sound approximation: `outer` must match the text
 * of `inner` literally, so each wildcard of `inner` has to be absorbed by a wildcard of `outer`.
 */
export function globCovers(outer: string, inner: string, caseInsensitive: boolean): boolean {
  if (outer === "*") return true;
  return globMatches(outer, inner, caseInsensitive);
}

export function hasPolicyVariable(value: string): boolean {
  return value.includes("${");
}

/** A fixed value in the sense of the S3 User Guide: no wildcard and no IAM policy variable. */
export function isFixedValue(value: string): boolean {
  return value.length > 0 && !hasWildcard(value) && !hasPolicyVariable(value);
}
