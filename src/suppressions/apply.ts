// Applies a suppressions file to a report: unexpired entries mark failures as suppressed (kept in the JSON, out
// of the failure counts and --fail-on); expired entries stop suppressing and are listed; unused ones are stale.
import { summarize } from "../engine/report.js";
import { normalizeResourceId } from "../model/graph.js";
import type { Finding, Report } from "../model/finding.js";
import type { Suppression, SuppressionSet } from "./load.js";
import { entryMatches, type Tags } from "./match.js";
import type { ExpiredSuppression, SuppressionRef } from "../model/suppression.js";

export function applySuppressions(
  report: Report,
  set: SuppressionSet,
  tagsByResource: ReadonlyMap<string, Tags>,
  now: Date,
): Report {
  const active = set.entries.filter((e) => e.expiresAt.getTime() > now.getTime());
  const expired = set.entries.filter((e) => e.expiresAt.getTime() <= now.getTime());
  const used = new Set<Suppression>();
  const expiredMatches = new Map<Suppression, number>();

  const findings = report.findings.map((finding): Finding => {
    // Passes need no suppression; unknowns are never hidden (an unknown is not a pass), but an entry
    // matching one is still in use, so it is not called stale.
    if (finding.status === "pass") return finding;
    const tags = tagsByResource.get(normalizeResourceId(finding.resource.id));
    for (const entry of expired)
      if (finding.status === "fail" && entryMatches(entry, finding, tags))
        expiredMatches.set(entry, (expiredMatches.get(entry) ?? 0) + 1);
    const entry = active.find((e) => entryMatches(e, finding, tags));
    if (!entry) return finding;
    used.add(entry);
    if (finding.status !== "fail") return finding;
    return {
      ...finding,
      suppressed: { reason: entry.reason, owner: entry.owner, expires: entry.expires, line: entry.line },
    };
  });

  const suppressed = findings.filter((f) => f.suppressed).length;
  const counted = findings.filter((f) => !f.suppressed);
  const summary = { ...summarize(counted, report.summary.errors, report.summary.assets) };
  summary.total = findings.length;
  summary.suppressed = suppressed;
  return {
    ...report,
    findings,
    summary,
    suppressions: {
      file: set.file,
      suppressed,
      expired: expired.map((e): ExpiredSuppression => ({ ...ref(e), matches: expiredMatches.get(e) ?? 0 })),
      stale: active.filter((e) => !used.has(e)).map(ref),
      broad: active.filter(isBroad).map(ref),
    },
  };
}

/** An entry that accepts every check on every resource (its globs are only `*`), whatever else it scopes. */
export function isBroad(entry: SuppressionRef): boolean {
  const everything = (glob: string) => /^\*+$/.test(glob.trim());
  return everything(entry.checkId) && everything(entry.resource);
}

function ref(entry: Suppression): SuppressionRef {
  const { expiresAt: _expiresAt, ...rest } = entry;
  return rest;
}
