// AWS's command-line flags as data, and the patterns they check: kept apart from the option schema (zod) so the
// CLI can describe its commands (--help) without loading it.
import { parseHttpUrl } from "../../src/text/http-url.js";
import type { ProviderFlag } from "../../src/engine/provider.js";

export const ROLE_ARN = /^arn:aws[\w-]*:iam::\d{12}:role\/(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;
export const ROLE_NAME = /^(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;
/** sts:ExternalId: 2–1224 characters of [\w+=,.@:/-] (STS API Reference, AssumeRole). */
export const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;
export const ACCOUNT_ID = /^\d{12}$/;

function matching(pattern: RegExp, what: string) {
  return (value: string): string => {
    if (pattern.test(value)) return value;
    throw new Error(`expected ${what}`);
  };
}

function positiveInt(max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(`expected a whole number from 1 to ${max}`);
    return n;
  };
}

export function parseAccountIds(value: string): string[] {
  const ids = value
    .split(",")
    .map((id) => id.trim())
    .filter(Boolean);
  const bad = ids.filter((id) => !ACCOUNT_ID.test(id));
  if (bad.length > 0) throw new Error(`not a 12-digit AWS account id: ${bad.join(", ")}`);
  return [...new Set(ids)];
}

export const AWS_FLAGS: readonly ProviderFlag[] = [
  { name: "--profile <profile>", description: "AWS shared-config profile" },
  {
    name: "--endpoint <url>",
    description: "one endpoint URL for every AWS service (e.g. the emulator)",
    parse: parseHttpUrl,
  },
  {
    name: "--training-job-days <n>",
    description: "read SageMaker training jobs created within this many days",
    parse: positiveInt(3650),
    default: 90,
  },
  {
    name: "--role-arn <arn>",
    description: "assume this IAM role first (then scan its account, or hop on from it)",
    parse: matching(ROLE_ARN, "an IAM role ARN like arn:aws:iam::111122223333:role/AiPostureReadOnly"),
  },
  {
    name: "--accounts <ids>",
    description: "comma-separated AWS account ids, each read through --role-name",
    parse: parseAccountIds,
    conflicts: ["org"],
  },
  {
    name: "--org",
    description: "every ACTIVE account of the AWS organization (management or delegated admin)",
  },
  {
    name: "--role-name <name>",
    description: "role assumed in each account with --accounts/--org (default AiPostureReadOnly)",
    parse: matching(ROLE_NAME, "an IAM role name, optionally with a path (audit/AiPostureReadOnly)"),
  },
  {
    name: "--external-id <id>",
    description: "sts:ExternalId passed on every AssumeRole",
    parse: matching(EXTERNAL_ID, "2 to 1224 characters of letters, digits and +=,.@:/-"),
  },
  {
    name: "--account-concurrency <n>",
    description: "accounts read at once (calls stay under --concurrency)",
    parse: positiveInt(64),
  },
  {
    name: "--scan-artifacts",
    description:
      "read the model artifacts SageMaker models point at (s3:GetObject, ranged) and flag unsafe serialization",
  },
  {
    name: "--artifact-object-mib <n>",
    description: "with --scan-artifacts: MiB read from one artifact at most (default 2048)",
    parse: positiveInt(1024 * 1024),
  },
  {
    name: "--artifact-scan-mib <n>",
    description: "with --scan-artifacts: MiB read from all artifacts of an account at most (default 10240)",
    parse: positiveInt(1024 * 1024),
  },
];

const FLAG_KEYS = [
  "profile",
  "endpoint",
  "trainingJobDays",
  "roleArn",
  "accounts",
  "org",
  "roleName",
  "externalId",
  "accountConcurrency",
  "scanArtifacts",
  "artifactObjectMib",
  "artifactScanMib",
] as const;

/** The options input the parsed flags give; unset and empty values are left out. */
export function awsOptionsFromFlags(values: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  for (const key of FLAG_KEYS) {
    const value = values[key];
    if (value === undefined || value === false || (Array.isArray(value) && value.length === 0)) continue;
    options[key] = value;
  }
  return options;
}
