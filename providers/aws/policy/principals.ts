// Who a statement names: the anonymous public, federated identities, or fixed principals (accounts, roles,
// users, service principals, canonical users). Follows the S3 User Guide, "The meaning of 'public'".

import { isFixedValue } from "./glob.js";
import type { PrincipalEntry, PrincipalSpec } from "./parse.js";

export interface PrincipalAnalysis {
  /** The entry that opens the statement to the public, when there is one. */
  opener?: { label: string; display: string };
  /** Fixed principals the statement is limited to (when there is no opener). */
  fixed: PrincipalEntry[];
}

/** `AWS:arn:…`, or `*` for the bare wildcard principal. */
export function entryLabel(entry: PrincipalEntry): string {
  return entry.type === "*" ? "*" : `${entry.type}:${entry.value}`;
}

/** `Principal "*"`, `Principal {"AWS": "*"}`. */
export function entryDisplay(entry: PrincipalEntry, element = "Principal"): string {
  return entry.type === "*"
    ? `${element} "*"`
    : `${element} {"${entry.type}": ${JSON.stringify(entry.value)}}`;
}

function opensToPublic(entry: PrincipalEntry): boolean {
  if (entry.type === "*") return true;
  // Anyone can obtain a federated identity (web identity, SAML, Cognito): AWS lists it as public.
  if (entry.type === "Federated") return true;
  return !isFixedValue(entry.value);
}

/** Analyses the principal of an Allow statement. */
export function analyzeAllowPrincipal(spec: PrincipalSpec): PrincipalAnalysis {
  if (spec.negated) {
    // Allow + NotPrincipal grants to everyone except the listed principals.
    const listed = spec.entries.map((e) => entryDisplay(e, "NotPrincipal")).join(", ");
    return {
      opener: {
        label: `NotPrincipal ${spec.entries.map(entryLabel).join(", ")}`,
        display: `everyone except ${listed}`,
      },
      fixed: [],
    };
  }
  const open = spec.entries.find(opensToPublic);
  if (open) return { opener: { label: entryLabel(open), display: entryDisplay(open) }, fixed: [] };
  return { fixed: spec.entries };
}

/** Whether a Deny's Principal reaches every caller (`*` or {"AWS": "*"} anywhere in it). */
export function denyAppliesToEveryone(spec: PrincipalSpec): boolean {
  return !spec.negated && spec.entries.some((e) => e.type === "*" || (e.type === "AWS" && e.value === "*"));
}

/** Whether a Deny with NotPrincipal leaves only fixed principals outside it. */
export function denyExceptsOnlyFixed(spec: PrincipalSpec): boolean {
  return spec.negated && spec.entries.every((e) => !opensToPublic(e));
}

/** The account of an AWS principal: a 12-digit id or an IAM/STS ARN. */
export function accountOf(value: string): string | undefined {
  if (/^\d{12}$/.test(value)) return value;
  const match = /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(value);
  return match?.[1];
}
