// KMS estate: keys as `aws kms describe-key` prints them ({"KeyMetadata": {...}}), plus the alias names that
// point at each (as `aws kms list-aliases` shows them). A key's region comes from its Arn (default us-east-1).
// Only DescribeKey is emulated: enough to tell AWS managed keys (KeyManager AWS) from customer managed ones.
import { z } from "zod";
import { estateSection } from "../../../../mocks/estate/section.js";

const timestamp = z.union([z.string(), z.number()]);

export const keyMetadataSchema = z.strictObject({
  AWSAccountId: z.string().optional(),
  KeyId: z.string(),
  Arn: z
    .string()
    .regex(/^arn:aws[\w-]*:kms:[\w-]+:\d{12}:key\/[\w-]+$/, "expected a KMS key ARN")
    .optional(),
  CreationDate: timestamp.optional(),
  Enabled: z.boolean().default(true),
  Description: z.string().optional(),
  KeyUsage: z.string().default("ENCRYPT_DECRYPT"),
  KeyState: z.string().default("Enabled"),
  DeletionDate: timestamp.optional(),
  ValidTo: timestamp.optional(),
  Origin: z.string().default("AWS_KMS"),
  CustomKeyStoreId: z.string().optional(),
  CloudHsmClusterId: z.string().optional(),
  ExpirationModel: z.string().optional(),
  KeyManager: z.enum(["AWS", "CUSTOMER"]),
  CustomerMasterKeySpec: z.string().optional(),
  KeySpec: z.string().default("SYMMETRIC_DEFAULT"),
  EncryptionAlgorithms: z.array(z.string()).optional(),
  SigningAlgorithms: z.array(z.string()).optional(),
  KeyAgreementAlgorithms: z.array(z.string()).optional(),
  MultiRegion: z.boolean().optional(),
  MultiRegionConfiguration: z.unknown().optional(),
  PendingDeletionWindowInDays: z.number().optional(),
  MacAlgorithms: z.array(z.string()).optional(),
  XksKeyConfiguration: z.unknown().optional(),
  CurrentKeyMaterialId: z.string().optional(),
});

export const kmsKeySchema = z.strictObject({
  KeyMetadata: keyMetadataSchema,
  /** Alias names of the key, e.g. ["alias/aws/es"] for the OpenSearch AWS managed key. */
  Aliases: z.array(z.string().regex(/^alias\//, "expected an alias name starting with alias/")).default([]),
});

export const kmsSchema = z
  .strictObject({ keys: z.array(kmsKeySchema).default([]) })
  // Optional, so estates without KMS keys stay valid.
  .optional();

export type KmsKey = z.output<typeof kmsKeySchema>;

/** KMS keys, for DescribeKey. */
export const kmsEstate = estateSection("kms", kmsSchema);
