// An account's S3 access points in the estate, in S3 Control's own response shape.
import { z } from "zod";
import { estateSection } from "../../../../mocks/estate/section.js";

const publicAccessBlock = z.strictObject({
  BlockPublicAcls: z.boolean().optional(),
  IgnorePublicAcls: z.boolean().optional(),
  BlockPublicPolicy: z.boolean().optional(),
  RestrictPublicBuckets: z.boolean().optional(),
});

export const accessPointSchema = z.strictObject({
  Name: z
    .string()
    .regex(/^[a-z0-9-]{3,50}$/, "access point names are 3-50 lower-case letters, digits, hyphens"),
  Region: z.string().default("us-east-1"),
  Bucket: z.string(),
  NetworkOrigin: z.enum(["Internet", "VPC"]).default("Internet"),
  VpcConfiguration: z.strictObject({ VpcId: z.string() }).optional(),
  /** S3 turns all four on by default when an access point is created. */
  PublicAccessBlockConfiguration: publicAccessBlock.default({
    BlockPublicAcls: true,
    IgnorePublicAcls: true,
    BlockPublicPolicy: true,
    RestrictPublicBuckets: true,
  }),
  /** The access point policy document (an object, served as JSON text). */
  Policy: z.record(z.string(), z.unknown()).optional(),
  /** What GetAccessPointPolicyStatus answers. */
  IsPublic: z.boolean().optional(),
});

export type EstateAccessPoint = z.infer<typeof accessPointSchema>;

export const s3AccessPointsEstate = estateSection("s3AccessPoints", z.array(accessPointSchema).default([]));
