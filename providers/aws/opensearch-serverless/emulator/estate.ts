// OpenSearch Serverless estate: collections as `aws opensearchserverless batch-get-collection` prints each entry
// of collectionDetails (plus `tags` as list-tags-for-resource prints them), and security policies as
// `aws opensearchserverless get-security-policy` prints them ({"securityPolicyDetail": {...}}, policy documents
// as JSON). A collection's region comes from its arn; policies carry a `region` (default us-east-1), since the
// API's SecurityPolicyDetail has none.
import { z } from "zod";
import { estateSection } from "../../../../mocks/estate/section.js";

const timestamp = z.union([z.number(), z.string()]);

export const collectionDetailSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]{3,40}$/, "expected a collection id (lower-case letters and digits)"),
  name: z.string().regex(/^[a-z][a-z0-9-]{2,31}$/, "expected a collection name: 3-32 of a-z, 0-9, -"),
  status: z.enum(["CREATING", "DELETING", "ACTIVE", "FAILED", "UPDATING"]).default("ACTIVE"),
  type: z.enum(["SEARCH", "TIMESERIES", "VECTORSEARCH"]).default("SEARCH"),
  description: z.string().optional(),
  arn: z
    .string()
    .regex(/^arn:aws[\w-]*:aoss:[\w-]+:\d{12}:collection\/[a-z0-9]+$/, "expected a collection ARN")
    .optional(),
  /** "auto" for an AWS owned key, else the KMS key ARN. */
  kmsKeyArn: z.string().optional(),
  standbyReplicas: z.enum(["ENABLED", "DISABLED"]).optional(),
  deletionProtection: z.string().optional(),
  vectorOptions: z.unknown().optional(),
  createdDate: timestamp.optional(),
  lastModifiedDate: timestamp.optional(),
  collectionEndpoint: z.string().optional(),
  dashboardEndpoint: z.string().optional(),
  fipsEndpoints: z.unknown().optional(),
  failureCode: z.string().optional(),
  failureMessage: z.string().optional(),
  collectionGroupName: z.string().optional(),
  tags: z.array(z.strictObject({ key: z.string(), value: z.string() })).default([]),
});

const policyDetail = z.strictObject({
  type: z.enum(["network", "encryption"]),
  name: z.string().regex(/^[a-z][a-z0-9-]{2,31}$/, "expected a policy name: 3-32 of a-z, 0-9, -"),
  policyVersion: z.string().optional(),
  description: z.string().optional(),
  /** The document as JSON (what the CLI prints), or as JSON text. */
  policy: z.union([z.string(), z.array(z.unknown()), z.record(z.string(), z.unknown())]),
  createdDate: timestamp.optional(),
  lastModifiedDate: timestamp.optional(),
});

export const securityPolicySchema = z.union([
  z
    .strictObject({ region: z.string().default("us-east-1"), securityPolicyDetail: policyDetail })
    .transform((v) => ({ region: v.region, ...v.securityPolicyDetail })),
  policyDetail.extend({ region: z.string().default("us-east-1") }),
]);

export const opensearchServerlessSchema = z
  .strictObject({
    collections: z.array(collectionDetailSchema).default([]),
    securityPolicies: z.array(securityPolicySchema).default([]),
  })
  // Optional, so estates without OpenSearch Serverless stay valid.
  .optional();

export type ServerlessCollection = z.output<typeof collectionDetailSchema>;
export type ServerlessSecurityPolicy = z.output<typeof securityPolicySchema>;

/** OpenSearch Serverless collections and security policies. */
export const opensearchServerlessEstate = estateSection("opensearchServerless", opensearchServerlessSchema);
