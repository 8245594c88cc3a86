// Whether a bucket policy refuses requests that do not use TLS: a Deny for every principal on the bucket's
// actions when aws:SecureTransport is false (or s3:TlsVersion is below a minimum). An Allow that requires
// SecureTransport does not enforce anything: another statement or an ACL may still allow plain HTTP.

import { unknown, type Known } from "../../../src/model/known.js";

interface Statement {
  Effect?: unknown;
  Principal?: unknown;
  Action?: unknown;
  Condition?: unknown;
}

export interface SecureTransportVerdict {
  enforced: boolean;
  detail: string;
}

export function secureTransportEnforced(policy: string | null): Known<SecureTransportVerdict> {
  if (policy === null)
    return { enforced: false, detail: "no bucket policy, so nothing denies plain-HTTP requests" };
  let statements: Statement[];
  try {
    const parsed = JSON.parse(policy) as { Statement?: unknown };
    statements = (Array.isArray(parsed.Statement) ? parsed.Statement : [parsed.Statement]).filter(
      (s): s is Statement => typeof s === "object" && s !== null,
    );
  } catch {
    // A policy that cannot be parsed cannot be judged: unknown, not "not enforced".
    return unknown("the bucket policy is not valid JSON");
  }
  const index = statements.findIndex(
    (s) =>
      s.Effect === "Deny" && everyone(s.Principal) && coversAllS3(s.Action) && refusesPlainHttp(s.Condition),
  );
  return index >= 0
    ? { enforced: true, detail: `statement ${index + 1} denies requests without TLS` }
    : { enforced: false, detail: "no Deny statement for all principals on aws:SecureTransport = false" };
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

function everyone(principal: unknown): boolean {
  if (principal === "*") return true;
  if (typeof principal === "object" && principal !== null)
    return list((principal as { AWS?: unknown }).AWS).includes("*");
  return false;
}

function coversAllS3(action: unknown): boolean {
  return list(action).some((a) => typeof a === "string" && (a === "*" || a.toLowerCase() === "s3:*"));
}

function refusesPlainHttp(condition: unknown): boolean {
  if (typeof condition !== "object" || condition === null) return false;
  for (const [operator, tests] of Object.entries(condition)) {
    if (typeof tests !== "object" || tests === null) continue;
    for (const [key, value] of Object.entries(tests)) {
      const values = list(value).map((v) => String(v).toLowerCase());
      const k = key.toLowerCase();
      if (/^bool(ifexists)?$/i.test(operator) && k === "aws:securetransport" && values.includes("false"))
        return true;
      if (/^numericlessthan(ifexists)?$/i.test(operator) && k === "s3:tlsversion") return true;
    }
  }
  return false;
}
