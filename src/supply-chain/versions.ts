// Dotted numeric versions as framework tags carry them ("2.1.0", "1.13", "4.37.0"); enough for advisory ranges.

/** "2.1.0" → [2, 1, 0]; undefined when a part is not a number. */
export function parseVersion(version: string): number[] | undefined {
  const parts = version.split(".");
  if (parts.length === 0 || parts.some((part) => !/^\d+$/.test(part))) return undefined;
  return parts.map(Number);
}

/** Negative when a < b, zero when equal (missing parts count as 0: "1.13" equals "1.13.0"), positive otherwise. */
export function compareVersions(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** introduced ≤ version < fixed. */
export function inRange(version: number[], introduced: string, fixed: string): boolean {
  const low = parseVersion(introduced);
  const high = parseVersion(fixed);
  if (!low || !high)
    throw new Error(`advisory range ${introduced}..${fixed} is not a dotted numeric version`);
  return compareVersions(version, low) >= 0 && compareVersions(version, high) < 0;
}
