// Does an OSV record affect one version of one PyPI package? OSV's ECOSYSTEM range semantics (events sorted by
// version; the last event at or below the version decides) with PEP 440 ordering from @renovatebot/pep440.
import { compare, valid } from "@renovatebot/pep440";
import type { OsvEvent, OsvRecord } from "./schema.js";

export type RangeVerdict =
  | { affected: true; fixed: string | undefined }
  | { affected: false }
  | { affected: "unknown"; reason: string };

/** PyPI's name normalization (PEP 503): case-insensitive, runs of -, _ and . are one "-". */
export function normalizePackageName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}

export function isPep440(version: string): boolean {
  return valid(version) !== null;
}

export function affects(record: OsvRecord, packageName: string, version: string): RangeVerdict {
  const wanted = normalizePackageName(packageName);
  let unknown: string | undefined;
  for (const entry of record.affected ?? []) {
    if (entry.package.ecosystem !== "PyPI" || normalizePackageName(entry.package.name) !== wanted) continue;
    if (entry.versions?.some((listed) => isPep440(listed) && compare(listed, version) === 0))
      return { affected: true, fixed: firstFixAbove(entry.ranges ?? [], version) };
    for (const range of entry.ranges ?? []) {
      if (range.type !== "ECOSYSTEM") continue;
      const verdict = inEcosystemRange(range.events, version);
      if (verdict.affected === true) return verdict;
      if (verdict.affected === "unknown") unknown ??= verdict.reason;
    }
  }
  return unknown ? { affected: "unknown", reason: unknown } : { affected: false };
}

function eventVersion(event: OsvEvent): string {
  if ("introduced" in event) return event.introduced;
  if ("fixed" in event) return event.fixed;
  if ("last_affected" in event) return event.last_affected;
  return event.limit;
}

function order(a: string, b: string): number {
  if (a === b) return 0;
  if (a === "0") return -1;
  if (b === "0") return 1;
  return compare(a, b);
}

function inEcosystemRange(events: readonly OsvEvent[], version: string): RangeVerdict {
  const bad = events.map(eventVersion).find((v) => v !== "0" && !isPep440(v));
  if (bad !== undefined)
    return { affected: "unknown", reason: `range event "${bad}" is not a PEP 440 version` };
  const sorted = [...events].sort((a, b) => order(eventVersion(a), eventVersion(b)));
  let affected = false;
  let fixed: string | undefined;
  for (const event of sorted) {
    if ("introduced" in event) {
      if (order(version, event.introduced) >= 0) affected = true;
    } else if ("fixed" in event) {
      if (order(version, event.fixed) >= 0) affected = false;
      else if (affected && fixed === undefined) fixed = event.fixed;
    } else if ("last_affected" in event) {
      if (order(version, event.last_affected) > 0) affected = false;
    } else if (order(version, event.limit) >= 0) affected = false;
    if (!affected) fixed = undefined;
  }
  return affected ? { affected: true, fixed } : { affected: false };
}

function firstFixAbove(
  ranges: NonNullable<NonNullable<OsvRecord["affected"]>[number]["ranges"]>,
  version: string,
) {
  const fixes = ranges
    .flatMap((range) => range.events)
    .flatMap((event) => ("fixed" in event && isPep440(event.fixed) ? [event.fixed] : []))
    .filter((fix) => compare(fix, version) > 0)
    .sort(compare);
  return fixes[0];
}
