import { isUnknown, unknown, type Known } from "../../../src/model/known.js";

const DELEGATION_KEYS = ["s3:dataaccesspointaccount", "s3:dataaccesspointarn"];

/**
 * Whether a bucket policy delegates access control to access points: an Allow statement conditioned on
 * s3:DataAccessPointAccount or s3:DataAccessPointArn (S3 User Guide, "Configuring IAM policies for using access
 * points": a request through an access point must be allowed by both the access point policy and the bucket
 * policy; delegating is how the bucket policy allows it). No bucket policy: not delegated.
 */
export function delegatesToAccessPoints(policy: Known<string | null>): Known<boolean> {
  if (isUnknown(policy)) return policy;
  if (policy === null) return false;
  let document: unknown;
  try {
    document = JSON.parse(policy);
  } catch {
    return unknown("bucket policy is not valid JSON");
  }
  const raw = (document as { Statement?: unknown }).Statement;
  const statements = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return statements.some((statement) => {
    const s = statement as { Effect?: unknown; Condition?: Record<string, Record<string, unknown>> };
    if (s.Effect !== "Allow" || !s.Condition) return false;
    return Object.values(s.Condition).some((keys) =>
      Object.keys(keys ?? {}).some((key) => DELEGATION_KEYS.includes(key.toLowerCase())),
    );
  });
}
