// Approximates S3's "is this bucket policy public?" for GetBucketPolicyStatus when the estate does not say.
// Real S3 evaluates conditions (aws:SourceIp, aws:SourceVpc, …) to decide; here any Condition counts as
// restricting, and only Principal "*" / {"AWS": "*"} on an Allow statement counts as public.

export function policyText(policy: string | Record<string, unknown>): string {
  return typeof policy === "string" ? policy : JSON.stringify(policy);
}

export function isPolicyPublic(policy: string | Record<string, unknown>): boolean {
  let doc: unknown;
  try {
    doc = typeof policy === "string" ? JSON.parse(policy) : policy;
  } catch {
    return false;
  }
  const statements = (doc as { Statement?: unknown }).Statement;
  const list = Array.isArray(statements) ? statements : statements ? [statements] : [];
  return list.some((s: unknown) => {
    if (typeof s !== "object" || s === null) return false;
    const st = s as { Effect?: unknown; Principal?: unknown; Condition?: unknown };
    return st.Effect === "Allow" && isEveryone(st.Principal) && st.Condition === undefined;
  });
}

function isEveryone(principal: unknown): boolean {
  if (principal === "*") return true;
  if (typeof principal !== "object" || principal === null) return false;
  const aws = (principal as { AWS?: unknown }).AWS;
  return aws === "*" || (Array.isArray(aws) && aws.includes("*"));
}
