// S3's estate section: the account's S3 settings and buckets, in AWS's own response field names, so
// `aws s3api get-bucket-*` output can be pasted in. Where the CLI wraps a reply (e.g.
// {"ServerSideEncryptionConfiguration": {...}}) both forms are accepted.
import { z } from "zod";
import { estateSection } from "../../../../mocks/estate/section.js";
import { objectSchema } from "./s3-objects.js";

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
  /** Objects GetObject / HeadObject serve (model artifacts, generated at load). */
  Objects: z.array(objectSchema).optional(),
});

export const s3Estate = estateSection(
  "s3",
  z
    .strictObject({
      Owner: owner.optional(),
      PublicAccessBlock: publicAccessBlockInput.optional(),
      buckets: z.array(bucketSchema).default([]),
    })
    .default({ buckets: [] }),
);

export type S3Estate = z.output<typeof s3Estate.schema>;
export type BucketInput = z.input<typeof bucketSchema>;
export type Bucket = z.output<typeof bucketSchema>;
export type PublicAccessBlock = z.output<typeof publicAccessBlock>;
