// IAM wildcard matching (`*` any run of characters, `?` one character) and the "fixed value" test.

const cache = new Map<string, RegExp>();

export function globToRegExp(pattern: string, caseInsensitive: boolean): RegExp {
  const cacheKey = `${caseInsensitive ? "i" : "s"}:${pattern}`;
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  let source = "";
  for (const ch of pattern) {
    if (ch === "*") source += "[\\s\\S]*";
    else if (ch === "?") source += "[\\s\\S]";
    else source += ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  const re = new RegExp(`^${source}$`, caseInsensitive ? "iu" : "u");
  if (cache.size > 5000) cache.clear();
  cache.set(cacheKey, re);
  return re;
}

export function globMatches(pattern: string, text: string, caseInsensitive: boolean): boolean {
  return globToRegExp(pattern, caseInsensitive).test(text);
}

/**
 * Whether everything `inner` can match is matched by `outer`. Sound approximation: `outer` must match the text
 * of `inner` literally, so each wildcard of `inner` has to be absorbed by a wildcard of `outer`.
 */
export function globCovers(outer: string, inner: string, caseInsensitive: boolean): boolean {
  if (outer === "*") return true;
  return globMatches(outer, inner, caseInsensitive);
}

export function hasWildcard(value: string): boolean {
  return value.includes("*") || value.includes("?");
}

export function hasPolicyVariable(value: string): boolean {
  return value.includes("${");
}

/** A fixed value in the sense of the S3 User Guide: no wildcard and no IAM policy variable. */
export function isFixedValue(value: string): boolean {
  return value.length > 0 && !hasWildcard(value) && !hasPolicyVariable(value);
}
