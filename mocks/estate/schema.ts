// Estate schema: AWS's own response field names, so `aws s3api get-bucket-*` output can be pasted in.
// Where the CLI wraps a reply (e.g. {"ServerSideEncryptionConfiguration": {...}}) both forms are accepted.
import { z } from "zod";
import { guardDutySchema } from "./aws-guardduty.js";
import { kmsSchema } from "./aws-kms.js";
import { opensearchSchema } from "./aws-opensearch.js";
// TEMPORARY (see s3AccessPoints below).
import { s3AccessPointsSchema } from "../../providers/aws/s3-access-points/emulator/estate.js";
import { opensearchServerlessSchema } from "./aws-opensearch-serverless.js";
import { azureEstateSchema } from "./azure.js";
import { bedrockSchema } from "./aws-bedrock.js";
import { dynamodbSchema } from "./dynamodb.js";
import { organizationSchema } from "./aws-organizations.js";
import { iamRolesSchema } from "./iam-roles.js";
import { snsSchema } from "./sns.js";
import { sageMakerSchema } from "./aws-sagemaker.js";

const publicAccessBlock = z.object({
  BlockPublicAcls: z.boolean().optional(),
  IgnorePublicAcls: z.boolean().optional(),
  BlockPublicPolicy: z.boolean().optional(),
  RestrictPublicBuckets: z.boolean().optional(),
});
const publicAccessBlockInput = z.union([
  z
    .object({ PublicAccessBlockConfiguration: publicAccessBlock })
    .transform((v) => v.PublicAccessBlockConfiguration),
  publicAccessBlock,
]);

const owner = z.object({ ID: z.string().optional(), DisplayName: z.string().optional() });

const grant = z.object({
  Grantee: z.object({
    Type: z.enum(["CanonicalUser", "Group", "AmazonCustomerByEmail"]),
    ID: z.string().optional(),
    URI: z.string().optional(),
    DisplayName: z.string().optional(),
    EmailAddress: z.string().optional(),
  }),
  Permission: z.enum(["FULL_CONTROL", "WRITE", "WRITE_ACP", "READ", "READ_ACP"]),
});

const encryptionRule = z.object({
  ApplyServerSideEncryptionByDefault: z
    .object({
      SSEAlgorithm: z.enum(["AES256", "aws:kms", "aws:kms:dsse"]),
      KMSMasterKeyID: z.string().optional(),
    })
    .optional(),
  BucketKeyEnabled: z.boolean().optional(),
});
const encryption = z.object({ Rules: z.array(encryptionRule) });
const encryptionInput = z.union([
  z
    .object({ ServerSideEncryptionConfiguration: encryption })
    .transform((v) => v.ServerSideEncryptionConfiguration),
  encryption,
]);

const tag = z.object({ Key: z.string(), Value: z.string() });
const tagsInput = z.union([z.array(tag), z.object({ TagSet: z.array(tag) }).transform((v) => v.TagSet)]);

const policyStatus = z.object({ IsPublic: z.boolean() });
const policyStatusInput = z.union([
  z.object({ PolicyStatus: policyStatus }).transform((v) => v.PolicyStatus),
  policyStatus,
]);

const ownershipControls = z.object({
  Rules: z.array(
    z.object({ ObjectOwnership: z.enum(["BucketOwnerPreferred", "ObjectWriter", "BucketOwnerEnforced"]) }),
  ),
});
const ownershipControlsInput = z.union([
  z.object({ OwnershipControls: ownershipControls }).transform((v) => v.OwnershipControls),
  ownershipControls,
]);

// `aws s3api get-bucket-policy` prints {"Policy": "<json string>"}; a bare object or string works too.
const policyInput = z.union([
  z.string(),
  z.strictObject({ Policy: z.string() }).transform((v) => v.Policy),
  z.record(z.string(), z.unknown()),
]);

export const bucketSchema = z.strictObject({
  Name: z.string().min(3).max(63),
  BucketRegion: z.string().default("us-east-1"),
  CreationDate: z
    .string()
    .refine((v) => !Number.isNaN(Date.parse(v)), "expected an ISO 8601 date")
    .default("2024-01-01T00:00:00.000Z"),
  Policy: policyInput.optional(),
  PolicyStatus: policyStatusInput.optional(),
  Acl: z.object({ Owner: owner.optional(), Grants: z.array(grant) }).optional(),
  PublicAccessBlock: publicAccessBlockInput.optional(),
  /** Omitted: SSE-S3 (AES256), as S3 applies by default since January 2023. null: no configuration. */
  Encryption: encryptionInput.nullable().optional(),
  Logging: z
    .object({
      LoggingEnabled: z.object({ TargetBucket: z.string(), TargetPrefix: z.string().default("") }).optional(),
    })
    .optional(),
  Versioning: z
    .object({
      Status: z.enum(["Enabled", "Suspended"]).optional(),
      MFADelete: z.enum(["Enabled", "Disabled"]).optional(),
    })
    .optional(),
  Tags: tagsInput.optional(),
  OwnershipControls: ownershipControlsInput.optional(),
});

export const accountSchema = z.strictObject({
  id: z.string().regex(/^\d{12}$/, "expected a 12-digit account id"),
  accessKeyIds: z.array(z.string()).default([]),
  /** What sts get-caller-identity returns; defaults to an IAM user in the account. */
  CallerIdentity: z.object({ Arn: z.string().optional(), UserId: z.string().optional() }).optional(),
  s3: z
    .strictObject({
      Owner: owner.optional(),
      PublicAccessBlock: publicAccessBlockInput.optional(),
      buckets: z.array(bucketSchema).default([]),
    })
    .default({ buckets: [] }),
  s3AccessPoints: s3AccessPointsSchema, // TEMPORARY until mocks/ loads each manifest's estate section: remove when merging.
  /** GuardDuty detectors and findings per region (mocks/estate/aws-guardduty.ts). */
  guardduty: guardDutySchema,
  /** OpenSearch Service domains (mocks/estate/aws-opensearch.ts). */
  opensearch: opensearchSchema,
  /** OpenSearch Serverless collections and security policies (mocks/estate/aws-opensearch-serverless.ts). */
  opensearchServerless: opensearchServerlessSchema,
  /** KMS keys, for DescribeKey (mocks/estate/aws-kms.ts). */
  kms: kmsSchema,
  sns: snsSchema,
  dynamodb: dynamodbSchema,
  bedrock: bedrockSchema,
  /** IAM roles STS AssumeRole can enter (mocks/estate/iam-roles.ts). */
  roles: iamRolesSchema,
  /** SageMaker endpoints, models, notebooks, training jobs, Studio domains (mocks/estate/aws-sagemaker.ts). */
  sagemaker: sageMakerSchema,
});

const faultTarget = {
  service: z.string().default("*"),
  operation: z.string().default("*"),
  /** Glob on the bucket name / resource id. */
  resource: z.string().default("*"),
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
  malformed: z.array(z.strictObject(faultTarget)).default([]),
});

export const estateSchema = z.strictObject({
  aws: z
    .strictObject({
      accounts: z.array(accountSchema).min(1, "at least one account is needed"),
      /** AWS Organizations as the management account sees it (mocks/estate/aws-organizations.ts). */
      organization: organizationSchema,
    })
    .default({ accounts: [{ id: "111122223333", accessKeyIds: [], s3: { buckets: [] } }] }),
  azure: azureEstateSchema,
  faults: faultsSchema.default({ throttle: [], accessDenied: [], malformed: [] }),
});

export type Estate = z.output<typeof estateSchema>;
export type EstateInput = z.input<typeof estateSchema>;
export type Account = z.output<typeof accountSchema>;
export type Bucket = z.output<typeof bucketSchema>;
export type Faults = z.output<typeof faultsSchema>;
export type FaultsInput = z.input<typeof faultsSchema>;
export type ThrottleRule = z.output<typeof throttleRuleSchema>;
export type PublicAccessBlock = z.output<typeof publicAccessBlock>;
