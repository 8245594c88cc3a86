// Which condition tests limit who can use a statement, after the S3 User Guide ("The meaning of 'public'") and
// the IAM condition-operator reference:
// - a key absent from the request makes a positive test false, a negated test true;
// - ...IfExists and Null only test presence, so a missing key passes them;
// - ForAllValues: is true when the key is missing or empty; ForAnyValue: is false when the key is missing.

import { isIP } from "node:net";
import { hasPolicyVariable, hasWildcard, isFixedValue } from "./glob.js";
import type { ConditionTest } from "./parse.js";
import type { PolicyService } from "./types.js";

/**
 * Condition keys whose fixed values limit a statement to known callers or networks. The S3 User Guide lists the
 * aws:Source* keys, aws:userid, s3:x-amz-server-side-encryption-aws-kms-key-id, s3:DataAccessPointArn,
 * s3:DataAccessPointAccount, and principal keys "(e.g. aws:PrincipalOrgID)"; aws:PrincipalAccount and
 * aws:PrincipalArn identify the principal in the same way and are treated alike.
 */
export const LIMITING_KEYS: ReadonlyMap<string, string> = new Map(
  [
    "aws:SourceIp",
    "aws:SourceArn",
    "aws:SourceVpc",
    "aws:SourceVpce",
    "aws:SourceOwner",
    "aws:SourceAccount",
    "aws:PrincipalOrgID",
    "aws:PrincipalAccount",
    "aws:PrincipalArn",
    "aws:userid",
    "s3:x-amz-server-side-encryption-aws-kms-key-id",
    "s3:DataAccessPointArn",
    "s3:DataAccessPointAccount",
  ].map((k) => [k.toLowerCase(), k]),
);

const POSITIVE_STRING = new Set([
  "stringequals",
  "stringequalsignorecase",
  "stringlike",
  "arnequals",
  "arnlike",
]);
const NEGATED_STRING = new Set([
  "stringnotequals",
  "stringnotequalsignorecase",
  "stringnotlike",
  "arnnotequals",
  "arnnotlike",
]);
const NEGATED = new Set([...NEGATED_STRING, "numericnotequals", "datenotequals", "notipaddress"]);

export type Judgement = { limits: true; text: string } | { limits: false; text: string };

export function describeTest(test: ConditionTest): string {
  const key = LIMITING_KEYS.get(test.key) ?? test.rawKey;
  const values = test.values.map((v) => JSON.stringify(v)).join(", ");
  return `${test.operator} ${key}${values ? ` ${values}` : ""}`;
}

function canonicalKey(test: ConditionTest): string {
  return LIMITING_KEYS.get(test.key) ?? test.rawKey;
}

/** Prefix length of a CIDR (bare address = single host), or undefined when it is not an IP/CIDR. */
export function cidrPrefix(value: string): { version: 4 | 6; prefix: number } | undefined {
  const [address = "", bits, extra] = value.trim().split("/");
  if (extra !== undefined) return undefined;
  const version = isIP(address);
  if (version !== 4 && version !== 6) return undefined;
  const max = version === 4 ? 32 : 128;
  if (bits === undefined) return { version, prefix: max };
  if (!/^\d{1,3}$/.test(bits)) return undefined;
  const prefix = Number(bits);
  return prefix <= max ? { version, prefix } : undefined;
}

/** Why a value of a limiting key is not fixed enough, or undefined when it is. */
function valueProblem(
  test: ConditionTest,
  value: string,
  service: PolicyService,
  ipTest: boolean,
): string | undefined {
  if (ipTest) {
    const cidr = cidrPrefix(value);
    if (!cidr) return `${JSON.stringify(value)} is not a valid IP address or CIDR`;
    // AWS: values broader than /8 (IPv4) or /32 (IPv6) are public.
    if (cidr.version === 4 && cidr.prefix < 8) return `${JSON.stringify(value)} is broader than /8`;
    if (cidr.version === 6 && cidr.prefix < 32) return `${JSON.stringify(value)} is broader than /32`;
    return undefined;
  }
  if (isFixedValue(value)) return undefined;
  if (hasPolicyVariable(value))
    return `${JSON.stringify(value)} contains a policy variable, not a fixed value`;
  if (test.key === "aws:userid" && /^[^*?$]+:\*$/.test(value)) {
    // "aws:userid, outside the pattern AROLEID:*": a fixed role id with any session name stays limiting.
    return undefined;
  }
  if (
    service === "s3" &&
    test.key === "s3:dataaccesspointarn" &&
    /^arn:[^:*?$]+:s3:[^:*?$]+:\d{12}:accesspoint\/.+$/.test(value)
  ) {
    // In a bucket policy the access point name may be a wildcard as long as the account is fixed.
    return undefined;
  }
  if (hasWildcard(value)) return `${JSON.stringify(value)} contains a wildcard, not a fixed value`;
  return `${JSON.stringify(value)} is not a fixed value`;
}

function valuesProblem(test: ConditionTest, service: PolicyService, ipTest: boolean): string | undefined {
  if (test.values.length === 0) return "has no values";
  for (const value of test.values) {
    const problem = valueProblem(test, value, service, ipTest);
    if (problem) return problem;
  }
  return undefined;
}

function fixedText(test: ConditionTest, ipTest: boolean): string {
  return `${canonicalKey(test)} ${ipTest ? "in" : "="} ${test.values.join(", ")}`;
}

/** Whether a condition test of an Allow statement limits it to fixed callers or networks. */
export function judgeAllowTest(test: ConditionTest, service: PolicyService): Judgement {
  const described = describeTest(test);
  if (!LIMITING_KEYS.has(test.key)) {
    return { limits: false, text: `${described} does not limit who the caller is or where it connects from` };
  }
  if (test.base === "null")
    return { limits: false, text: `${described} only tests whether the key is present, not a fixed value` };
  if (NEGATED.has(test.base)) {
    return {
      limits: false,
      text: `${described} is a negated test, which every value but the listed ones passes`,
    };
  }
  if (test.ifExists)
    return { limits: false, text: `${described} passes when the key is missing from the request (IfExists)` };
  if (test.qualifier === "ForAllValues") {
    return { limits: false, text: `${described} passes when the key is missing or empty (ForAllValues)` };
  }
  const ipKey = test.key === "aws:sourceip";
  const suited = ipKey ? test.base === "ipaddress" : POSITIVE_STRING.has(test.base);
  if (!suited) return { limits: false, text: `${described} does not match the key against fixed values` };
  const problem = valuesProblem(test, service, ipKey);
  if (problem) return { limits: false, text: `${described}: ${problem}` };
  return { limits: true, text: fixedText(test, ipKey) };
}

/**
 * Whether a condition test of a Deny statement fences off every caller outside a fixed set: a negated test of a
 * limiting key against fixed values (a missing key makes it true, so the Deny applies).
 */
export function judgeFenceTest(test: ConditionTest, service: PolicyService): Judgement {
  const described = describeTest(test);
  if (test.key === "aws:securetransport") {
    return {
      limits: false,
      text: `${described} only refuses requests that do not use TLS; it does not narrow who has access`,
    };
  }
  if (!LIMITING_KEYS.has(test.key)) {
    return {
      limits: false,
      text: `${described} does not test a fixed organization, account, principal or network`,
    };
  }
  if (test.qualifier !== undefined)
    return { limits: false, text: `${described} uses a set operator (${test.qualifier})` };
  const ipKey = test.key === "aws:sourceip";
  const suited = ipKey ? test.base === "notipaddress" : NEGATED_STRING.has(test.base);
  if (!suited)
    return {
      limits: false,
      text: `${described} is not a negated test, so callers outside the values are not denied`,
    };
  const problem = valuesProblem(test, service, ipKey);
  if (problem) return { limits: false, text: `${described}: ${problem}` };
  return { limits: true, text: `${described}` };
}
