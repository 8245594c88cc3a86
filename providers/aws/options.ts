// AWS's own options (its flags are in flags.ts): credentials and endpoint, SageMaker's training-job window, and the multi-account
// reach (--role-arn, --accounts, --org; docs/organizations.md). Validated before any call is made.
import { z } from "zod";
import { plainHttpRefusal } from "../../src/text/loopback.js";
import type { CollectOptions } from "../../src/engine/provider.js";
import { ACCOUNT_ID, EXTERNAL_ID, ROLE_ARN, ROLE_NAME } from "./flags.js";

export interface StaticCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export const awsOptionsSchema = z
  .strictObject({
    /** One endpoint URL for every service (the emulator, or a compatible service). */
    endpoint: z
      .url({ protocol: /^https?$/ })
      .superRefine((value, ctx) => {
        const refusal = plainHttpRefusal(value, "endpoint");
        if (refusal) ctx.addIssue({ code: "custom", message: refusal });
      })
      .optional(),
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
