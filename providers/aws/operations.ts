// The one list of AWS operations aiposture calls. Every call goes through AwsReader, which refuses any
// command not listed here, so this list is the truth for the least-privilege IAM policy (see README and
// `aiposture permissions`). Every entry must be a read.

export interface AwsOperation {
  /** SDK client package the command comes from. */
  client: string;
  /** Command name without the "Command" suffix, as the emulator and error entries name it. */
  operation: string;
  /** IAM action that authorizes it (these differ from operation names for S3). */
  iamAction: string;
  why: string;
}

export const AWS_OPERATIONS: readonly AwsOperation[] = [
  {
    client: "sts",
    operation: "GetCallerIdentity",
    iamAction: "sts:GetCallerIdentity",
    why: "account id of the credentials",
  },
  {
    client: "s3",
    operation: "ListBuckets",
    iamAction: "s3:ListAllMyBuckets",
    why: "enumerate buckets and their regions",
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
  },
  {
    client: "s3",
    operation: "GetBucketPolicyStatus",
    iamAction: "s3:GetBucketPolicyStatus",
    why: "AWS's own public verdict, as evidence",
  },
  {
    client: "s3",
    operation: "GetBucketAcl",
    iamAction: "s3:GetBucketAcl",
    why: "public access via ACL grants",
  },
  {
    client: "s3",
    operation: "GetPublicAccessBlock",
    iamAction: "s3:GetBucketPublicAccessBlock",
    why: "bucket-level Block Public Access",
  },
  {
    client: "s3",
    operation: "GetBucketEncryption",
    iamAction: "s3:GetEncryptionConfiguration",
    why: "default encryption and its key",
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
  },
  {
    client: "s3",
    operation: "GetBucketOwnershipControls",
    iamAction: "s3:GetBucketOwnershipControls",
    why: "whether ACLs are disabled",
  },
  {
    client: "s3-control",
    operation: "GetPublicAccessBlock",
    iamAction: "s3:GetAccountPublicAccessBlock",
    why: "account-level Block Public Access",
  },
];

const READ_VERBS = /^(Get|List|Describe|Head|BatchGet|Search|Lookup)/;

export function isReadOperation(operation: string): boolean {
  return READ_VERBS.test(operation);
}

export function findAwsOperation(client: string, operation: string): AwsOperation | undefined {
  return AWS_OPERATIONS.find((entry) => entry.client === client && entry.operation === operation);
}
