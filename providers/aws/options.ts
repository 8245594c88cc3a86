// AWS's own options and flags: credentials and endpoint, SageMaker's training-job window, and the multi-account
// reach (--role-arn, --accounts, --org; docs/organizations.md). Validated before any call is made.
import { z } from "zod";
import { parseHttpUrl } from "../../src/text/http-url.js";
import type { CollectOptions, ProviderFlag } from "../../src/engine/provider.js";

export interface StaticCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

const ROLE_ARN = /^arn:aws[\w-]*:iam::\d{12}:role\/(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;
const ROLE_NAME = /^(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;
/** sts:ExternalId: 2–1224 characters of [\w+=,.@:/-] (STS API Reference, AssumeRole). */
const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;
const ACCOUNT_ID = /^\d{12}$/;

export const awsOptionsSchema = z
  .strictObject({
    /** One endpoint URL for every service (the emulator, or a compatible service). */
    endpoint: z.url({ protocol: /^https?$/ }).optional(),
    profile: z.string().min(1).optional(),
    credentials: z
      .strictObject({
        accessKeyId: z.string().min(1),
        secretAccessKey: z.string().min(1),
        sessionToken: z.string().optional(),
      })
      .optional(),
    /** SageMaker training jobs created within this many days are read (default 90). */
    trainingJobDays: z.number().int().positive().max(3650).optional(),
    /** Assume this role first; the scan (or the hops below) then runs with its credentials. */
    roleArn: z.string().regex(ROLE_ARN, "expected an IAM role ARN").optional(),
    /** These account ids, each read through `roleName`. */
    accounts: z.array(z.string().regex(ACCOUNT_ID, "expected a 12-digit AWS account id")).optional(),
    /** Every ACTIVE account of the organization (Organizations ListAccounts), each through `roleName`. */
    org: z.boolean().optional(),
    /** Role assumed in each account with accounts / org; default AiPostureReadOnly. */
    roleName: z.string().regex(ROLE_NAME, "expected an IAM role name").optional(),
    /** sts:ExternalId passed on every AssumeRole. */
    externalId: z
      .string()
      .regex(EXTERNAL_ID, "expected 2 to 1224 characters of letters, digits and +=,.@:/-")
      .optional(),
    /** Accounts read at once (all share the `concurrency` bound on calls); default 4. */
    accountConcurrency: z.number().int().positive().max(64).optional(),
    /** Read the model artifacts models point at (S3 GetObject, ranged) and scan their serialization. */
    scanArtifacts: z.boolean().optional(),
    /** Bytes read from one artifact at most, in MiB (default 2048); a larger one is judged on its start only. */
    artifactObjectMib: z
      .number()
      .int()
      .positive()
      .max(1024 * 1024)
      .optional(),
    /** Bytes read from all artifacts of one account at most, in MiB (default 10240). */
    artifactScanMib: z
      .number()
      .int()
      .positive()
      .max(1024 * 1024)
      .optional(),
  })
  .refine((o) => !(o.org && o.accounts?.length), { message: "accounts and org cannot be combined" });

export type AwsOptions = z.output<typeof awsOptionsSchema>;

/** What the AWS collectors see: the shared options and AWS's own, in one object. */
export type AwsScanOptions = CollectOptions & AwsOptions;

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
