// Wildcard matching (`*` any run of characters, `?` one character), as IAM, suppressions and fault rules use it.
// Matched by the greedy two-pointer walk (one remembered `*`), never by a regular expression: patterns come
// from bucket policies and other attacker-writable text, and a compiled `*a*a*…*b` backtracks exponentially.
// The walk is O(pattern × text) at worst.

export function globMatches(pattern: string, text: string, caseInsensitive: boolean): boolean {
  const p = caseInsensitive ? [...pattern.toLowerCase()] : [...pattern];
  const t = caseInsensitive ? [...text.toLowerCase()] : [...text];
  let pi = 0;
  let ti = 0;
  let starAt = -1;
  let resumeAt = 0;
  while (ti < t.length) {
    if (pi < p.length && (p[pi] === "?" || (p[pi] !== "*" && p[pi] === t[ti]))) {
      pi++;
      ti++;
    } else if (pi < p.length && p[pi] === "*") {
      starAt = pi++;
      resumeAt = ti;
    } else if (starAt >= 0) {
      pi = starAt + 1;
      ti = ++resumeAt;
    } else {
      return false;
    }
  }
  while (pi < p.length && p[pi] === "*") pi++;
  return pi === p.length;
}

export function hasWildcard(value: string): boolean {
  return value.includes("*") || value.includes("?");
}
