// Read / write classification of actions. A wildcard pattern (`*`, `s3:*`, `s3:Get*`, `es:ESHttp*`) is expanded
// against a catalog of S3 and OpenSearch actions plus one synthetic entry per verb, so it takes the access levels
// of whatever it matches. Actions are compared case-insensitively, as IAM does.

import { globMatches, hasWildcard } from "./glob.js";
import type { PatternSpec } from "./parse.js";
import type { AccessLevel, PolicyService } from "./types.js";
import { S3_IAM_ACTIONS } from "../s3/iam-actions.js";
import { OPENSEARCH_IAM_ACTIONS } from "../opensearch/iam-actions.js";

/** The services whose resource policies are evaluated, and their action catalogues (kept with each service). */
const CATALOGUES: Partial<Record<PolicyService, readonly string[]>> = {
  s3: S3_IAM_ACTIONS,
  es: OPENSEARCH_IAM_ACTIONS,
};

/** Actions that change who has access: counted as write, and named in reasons. */
export const PERMISSIONS_MANAGEMENT = new Set(
  [
    "s3:PutBucketPolicy",
    "s3:DeleteBucketPolicy",
    "s3:PutBucketAcl",
    "s3:PutObjectAcl",
    "s3:PutObjectVersionAcl",
    "s3:PutBucketPublicAccessBlock",
    "s3:PutBucketOwnershipControls",
    "s3:PutAccessPointPolicy",
    "s3:DeleteAccessPointPolicy",
    "es:UpdateDomainConfig",
    "es:UpdateElasticsearchDomainConfig",
  ].map((a) => a.toLowerCase()),
);

const READ_VERBS = [
  "Get",
  "List",
  "Describe",
  "Head",
  "Read",
  "Search",
  "Query",
  "Scan",
  "BatchGet",
  "Select",
  "View",
];
// Verbs that stand for unlisted actions when a wildcard is expanded.
const SYNTHETIC_READ = ["Get", "List", "Describe", "Head"];
const SYNTHETIC_WRITE = ["Put", "Delete", "Create", "Update", "Restore", "Abort", "Replicate"];

function catalogFor(service: string): string[] {
  const real = CATALOGUES[service as PolicyService] ?? [];
  // Synthetic verb entries stand for actions the catalog does not list, so `svc:Get*` still reads as read.
  const synthetic = [...SYNTHETIC_READ, ...SYNTHETIC_WRITE].map((verb) => `${verb}Unlisted`);
  return [...real, ...synthetic].filter(Boolean).map((name) => `${service}:${name}`);
}

/** Classifies one concrete action: read for Get/List/Describe/Head… and es:ESHttpGet/Head; everything else writes. */
export function classifyAction(action: string): AccessLevel {
  const lower = action.toLowerCase();
  const name = lower.includes(":") ? lower.slice(lower.indexOf(":") + 1) : lower;
  if (name.startsWith("eshttp")) return name === "eshttpget" || name === "eshttphead" ? "read" : "write";
  if (name === "escrossclusterget") return "read";
  return READ_VERBS.some((verb) => name.startsWith(verb.toLowerCase())) ? "read" : "write";
}

function serviceOf(pattern: string): string | undefined {
  const colon = pattern.indexOf(":");
  if (colon <= 0) return undefined;
  const service = pattern.slice(0, colon).toLowerCase();
  return hasWildcard(service) ? undefined : service;
}

/** Services whose actions a bare `*` (or NotAction) reaches in a policy of this kind. */
function scopeServices(service: PolicyService): string[] {
  return service === "generic" ? ["s3", "es", "other"] : [service];
}

/** Catalog entries a pattern can stand for. */
export function expandPattern(pattern: string, service: PolicyService): string[] {
  if (!hasWildcard(pattern)) return [pattern];
  const own = serviceOf(pattern);
  const services = own ? [own] : scopeServices(service);
  const matched = services.flatMap(catalogFor).filter((entry) => globMatches(pattern, entry, true));
  // A pattern that matches nothing known is classified by its own text (unknown verbs count as write).
  return matched.length > 0 ? matched : [pattern];
}

/** Catalog entries a NotAction list leaves granted. */
export function expandNotAction(patterns: string[], service: PolicyService): string[] {
  return scopeServices(service)
    .flatMap(catalogFor)
    .filter((entry) => !patterns.some((p) => globMatches(p, entry, true)));
}

export interface ActionClassification {
  access: AccessLevel[];
  permissionsManagement: string[];
}

/** Access levels of a set of concrete (or catalog) actions. */
export function classifyEntries(entries: string[]): ActionClassification {
  const levels = new Set<AccessLevel>();
  const pm = new Set<string>();
  for (const entry of entries) {
    levels.add(classifyAction(entry));
    if (PERMISSIONS_MANAGEMENT.has(entry.toLowerCase())) pm.add(entry);
  }
  const access = (["read", "write"] as const).filter((level) => levels.has(level));
  return { access, permissionsManagement: [...pm] };
}

/** Access levels a statement's Action / NotAction grants. */
export function classifySpec(spec: PatternSpec, service: PolicyService): ActionClassification {
  const entries = spec.negated
    ? expandNotAction(spec.patterns, service)
    : spec.patterns.flatMap((p) => expandPattern(p, service));
  return classifyEntries(entries);
}
