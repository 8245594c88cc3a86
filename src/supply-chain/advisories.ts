// Which advisories affect one version of one PyPI package, from the active OSV snapshot. Records that describe
// the same vulnerability (a PYSEC and a GHSA record sharing a CVE alias) are folded into one match; the folded
// match takes the worst rated severity among them.
import { compare } from "@renovatebot/pep440";
import type { Severity } from "../model/severity.js";
import { severityRank } from "../model/severity.js";
import { activeAdvisoryDatabase, type AdvisoryDatabase } from "./advisory-database.js";
import { affects, isPep440, normalizePackageName } from "./osv/match.js";
import type { OsvRecord } from "./osv/schema.js";
import { advisorySeverity, type AdvisorySeverity } from "./osv/severity.js";

export interface Advisory {
  /** The id shown first: a GHSA id when one of the folded records has it, else the record's own id. */
  id: string;
  /** Every other id of the folded records: CVE, PYSEC, GHSA. */
  aliases: string[];
  package: string;
  summary: string;
  severity: Severity | "unrated";
  severityBasis: string;
  /** Lowest version above the judged one that fixes it; undefined when no fix is recorded. */
  fixedVersion: string | undefined;
  url: string | undefined;
}

export type PackageVerdict =
  | { status: "judged"; package: string; version: string; advisories: Advisory[]; asOf: string }
  | { status: "unknown"; package: string; version: string; reason: string };

/** Severity of a finding made of unrated advisories: the advisory source gave none, so do not guess low. */
export const UNRATED_AS: Severity = "high";

export function findAdvisories(
  packageName: string,
  version: string,
  db: AdvisoryDatabase = activeAdvisoryDatabase(),
): PackageVerdict {
  const name = normalizePackageName(packageName);
  if (!db.packages.has(name))
    return {
      status: "unknown",
      package: packageName,
      version,
      reason: `the advisory snapshot (as of ${db.asOf}) does not cover ${packageName}`,
    };
  if (!isPep440(version))
    return {
      status: "unknown",
      package: packageName,
      version,
      reason: `${packageName} version "${version}" is not a PEP 440 version`,
    };
  const matched: Array<{ record: OsvRecord; fixed: string | undefined }> = [];
  const unjudged: string[] = [];
  for (const record of db.byPackage.get(name) ?? []) {
    const verdict = affects(record, name, version);
    if (verdict.affected === true) matched.push({ record, fixed: verdict.fixed });
    else if (verdict.affected === "unknown") unjudged.push(`${record.id}: ${verdict.reason}`);
  }
  if (matched.length === 0 && unjudged.length > 0)
    return { status: "unknown", package: packageName, version, reason: unjudged.join("; ") };
  return {
    status: "judged",
    package: packageName,
    version,
    advisories: fold(matched, packageName),
    asOf: db.asOf,
  };
}

function fold(
  matched: Array<{ record: OsvRecord; fixed: string | undefined }>,
  packageName: string,
): Advisory[] {
  const groups: Array<Array<{ record: OsvRecord; fixed: string | undefined }>> = [];
  for (const match of matched) {
    const ids = idsOf(match.record);
    const group = groups.find((g) => g.some((other) => idsOf(other.record).some((id) => ids.includes(id))));
    if (group) group.push(match);
    else groups.push([match]);
  }
  return groups.map((group) => toAdvisory(group, packageName)).sort(worstFirst);
}

function idsOf(record: OsvRecord): string[] {
  return [record.id, ...(record.aliases ?? [])];
}

function toAdvisory(
  group: Array<{ record: OsvRecord; fixed: string | undefined }>,
  packageName: string,
): Advisory {
  const rated = group
    .map((m) => ({ m, severity: advisorySeverity(m.record) }))
    .sort((a, b) => rank(b.severity) - rank(a.severity));
  const lead = group.find((m) => m.record.id.startsWith("GHSA-")) ?? rated[0]!.m;
  const severity = rated[0]!.severity;
  const ids = [...new Set(group.flatMap((m) => idsOf(m.record)))];
  const fixes = group.map((m) => m.fixed).filter((f): f is string => f !== undefined);
  return {
    id: lead.record.id,
    aliases: ids.filter((id) => id !== lead.record.id),
    package: packageName,
    summary: summarize(lead.record),
    severity: severity.level,
    severityBasis: severity.basis,
    fixedVersion: fixes.length > 0 ? fixes.sort(compare).at(-1) : undefined,
    url: lead.record.references?.find((r) => r.type === "ADVISORY")?.url ?? lead.record.references?.[0]?.url,
  };
}

function rank(severity: AdvisorySeverity): number {
  return severity.level === "unrated" ? 0 : severityRank(severity.level);
}

function worstFirst(a: Advisory, b: Advisory): number {
  return effectiveRank(b) - effectiveRank(a) || a.id.localeCompare(b.id);
}

function effectiveRank(advisory: Advisory): number {
  return advisory.severity === "unrated" ? 0 : severityRank(advisory.severity);
}

function summarize(record: OsvRecord): string {
  const text = (record.summary ?? record.details ?? record.id).replace(/\s+/g, " ").trim();
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

/** The severity a finding made of these advisories takes: the worst rated one, else UNRATED_AS. */
export function findingSeverity(advisories: readonly Pick<Advisory, "severity">[]): Severity {
  const rated = advisories.flatMap((a) => (a.severity === "unrated" ? [] : [a.severity]));
  if (rated.length === 0) return UNRATED_AS;
  return rated.sort((a, b) => severityRank(b) - severityRank(a))[0]!;
}

/** "CVE-2025-32434 (GHSA-53q9-r3pm-6pq6)": the CVE people search for first, then the advisory's own id. */
export function advisoryName(advisory: Pick<Advisory, "id" | "aliases">): string {
  const cve = [advisory.id, ...advisory.aliases].find((id) => id.startsWith("CVE-"));
  return cve && cve !== advisory.id ? `${cve} (${advisory.id})` : advisory.id;
}
