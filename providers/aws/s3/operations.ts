import type { AwsOperation } from "../operation.js";

export const S3_OPERATIONS: readonly AwsOperation[] = [
  {
    client: "s3",
    operation: "ListBuckets",
    iamAction: "s3:ListAllMyBuckets",
    why: "enumerate buckets and their regions",
    alwaysReturns: "Buckets",
  },
  {
    client: "s3",
    operation: "GetBucketLocation",
    iamAction: "s3:GetBucketLocation",
    why: "bucket region when ListBuckets omits it",
  },
  {
    client: "s3",
    operation: "GetBucketPolicy",
    iamAction: "s3:GetBucketPolicy",
    why: "public access via policy, TLS-only",
    alwaysReturns: "Policy",
  },
  {
    client: "s3",
    operation: "GetBucketAcl",
    iamAction: "s3:GetBucketAcl",
    why: "public access via ACL grants",
    alwaysReturns: "Grants",
  },
  {
    client: "s3",
    operation: "GetPublicAccessBlock",
    iamAction: "s3:GetBucketPublicAccessBlock",
    why: "bucket-level Block Public Access",
    alwaysReturns: "PublicAccessBlockConfiguration",
  },
  {
    client: "s3",
    operation: "GetBucketEncryption",
    iamAction: "s3:GetEncryptionConfiguration",
    why: "default encryption and its key",
    alwaysReturns: "ServerSideEncryptionConfiguration",
  },
  {
    client: "s3",
    operation: "GetBucketLogging",
    iamAction: "s3:GetBucketLogging",
    why: "server access logging",
  },
  {
    client: "s3",
    operation: "GetBucketVersioning",
    iamAction: "s3:GetBucketVersioning",
    why: "versioning and MFA delete",
  },
  {
    client: "s3",
    operation: "GetBucketTagging",
    iamAction: "s3:GetBucketTagging",
    why: "data-classification tags",
    alwaysReturns: "TagSet",
  },
  {
    client: "s3",
    operation: "GetBucketOwnershipControls",
    iamAction: "s3:GetBucketOwnershipControls",
    why: "whether ACLs are disabled",
    alwaysReturns: "OwnershipControls",
  },
];
