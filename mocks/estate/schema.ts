// The estate's fixed part: what an account has whatever services are emulated (its id, keys, identity, the
// IAM roles STS can enter, the Lambda runtime's SNS and DynamoDB sinks) and the faults. Each service adds its
// own section (providers/<cloud>/<service>/emulator/estate.ts); compose.ts builds the full schema from them.
import { z } from "zod";
import type { AzureEstate, AzureEstateInput } from "./azure.js";
import { dynamodbSchema } from "./dynamodb.js";
import { iamRolesSchema } from "./iam-roles.js";
import type { Sections } from "./sections.js";
import { snsSchema } from "./sns.js";

const fixedAccountShape = {
  id: z.string().regex(/^\d{12}$/, "expected a 12-digit account id"),
  accessKeyIds: z.array(z.string()).default([]),
  /** What sts get-caller-identity returns; defaults to an IAM user in the account. */
  CallerIdentity: z.object({ Arn: z.string().optional(), UserId: z.string().optional() }).optional(),
  sns: snsSchema,
  dynamodb: dynamodbSchema,
  /** IAM roles STS AssumeRole can enter (mocks/estate/iam-roles.ts). */
  roles: iamRolesSchema,
};

export const fixedAccountSchema = z.strictObject(fixedAccountShape);

const faultTarget = {
  service: z.string().default("*"),
  operation: z.string().default("*"),
  /** Glob on the bucket name / resource id. */
  resource: z.string().default("*"),
};

const seededRate = {
  rate: z.number().min(0).max(1).default(1),
  seed: z.number().int().default(1),
};

export const throttleRuleSchema = z
  .strictObject({
    ...faultTarget,
    firstAttempts: z.number().int().positive().optional(),
    rate: z.number().min(0).max(1).optional(),
    seed: z.number().int().default(1),
    perSecond: z.number().positive().optional(),
    retryAfterSeconds: z.number().int().min(0).default(1),
  })
  .refine((r) => [r.firstAttempts, r.rate, r.perSecond].filter((v) => v !== undefined).length === 1, {
    message: "a throttle rule needs exactly one of firstAttempts, rate, perSecond",
  });

export const faultsSchema = z.strictObject({
  latencyMs: z.number().min(0).optional(),
  pageSize: z.number().int().positive().optional(),
  throttle: z.array(throttleRuleSchema).default([]),
  accessDenied: z.array(z.strictObject(faultTarget)).default([]),
  malformed: z
    .array(
      z.strictObject({
        ...faultTarget,
        /** truncated: half the body and a broken tag; empty: a 200 with no body; bare: `{}` or `<Root/>`. */
        body: z.enum(["truncated", "empty", "bare"]).default("truncated"),
      }),
    )
    .default([]),
  /** The request is read and never answered (the client's timeout is all that ends it). */
  hang: z.array(z.strictObject(faultTarget)).default([]),
  /** Every reply carries the first next-page token the operation returned for that resource: a pager loops. */
  repeatToken: z.array(z.strictObject(faultTarget)).default([]),
  /** A seeded fraction (rate, default all) of requests answered 500 or 503 in the service's own error shape. */
  serverError: z
    .array(
      z.strictObject({
        ...faultTarget,
        ...seededRate,
        status: z.union([z.literal(500), z.literal(503)]).default(500),
      }),
    )
    .default([]),
  /** A seeded fraction (rate, default all) of requests whose connection is closed with no reply. */
  reset: z.array(z.strictObject({ ...faultTarget, ...seededRate })).default([]),
  /** Requests answered correctly, this many ms late. */
  slow: z.array(z.strictObject({ ...faultTarget, ms: z.number().int().min(0) })).default([]),
});

export type Account = z.output<typeof fixedAccountSchema> & Sections;
export type AccountInput = z.input<typeof fixedAccountSchema> & Sections;
export type Faults = z.output<typeof faultsSchema>;
export type FaultsInput = z.input<typeof faultsSchema>;
export type ThrottleRule = z.output<typeof throttleRuleSchema>;
export type MalformedBody = Faults["malformed"][number]["body"];

export interface Estate {
  aws: { accounts: Account[] } & Sections;
  azure: AzureEstate;
  faults: Faults;
}

export interface EstateInput {
  aws?: { accounts: AccountInput[] } & Sections;
  azure?: AzureEstateInput;
  faults?: FaultsInput;
}
