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
    client: "sts",
    operation: "AssumeRole",
    iamAction: "sts:AssumeRole",
    why: "--role-arn, --accounts, --org: temporary read credentials in each account (changes no cloud state)",
  },
  {
    client: "organizations",
    operation: "ListAccounts",
    iamAction: "organizations:ListAccounts",
    why: "--org: the organization's accounts (management or delegated-administrator account)",
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
  {
    client: "opensearch",
    operation: "ListDomainNames",
    iamAction: "es:ListDomainNames",
    why: "enumerate OpenSearch and Elasticsearch domains per region",
  },
  {
    client: "opensearch",
    operation: "DescribeDomains",
    iamAction: "es:DescribeDomains",
    why: "domain configuration (access policy, VPC, encryption, TLS, FGAC, logs, software update), 5 per call",
  },
  {
    client: "opensearch",
    operation: "ListTags",
    iamAction: "es:ListTags",
    why: "domain data-classification tags",
  },
  {
    client: "opensearchserverless",
    operation: "ListCollections",
    iamAction: "aoss:ListCollections",
    why: "enumerate OpenSearch Serverless collections per region",
  },
  {
    client: "opensearchserverless",
    operation: "BatchGetCollection",
    iamAction: "aoss:BatchGetCollection",
    why: "collection details and its encryption key, 100 per call",
  },
  {
    client: "opensearchserverless",
    operation: "ListSecurityPolicies",
    iamAction: "aoss:ListSecurityPolicies",
    why: "network and encryption policies of the region",
  },
  {
    client: "opensearchserverless",
    operation: "GetSecurityPolicy",
    iamAction: "aoss:GetSecurityPolicy",
    why: "policy documents: public network access, AWS-owned key",
  },
  {
    client: "opensearchserverless",
    operation: "ListTagsForResource",
    iamAction: "aoss:ListTagsForResource",
    why: "collection data-classification tags",
  },
  {
    client: "kms",
    operation: "DescribeKey",
    iamAction: "kms:DescribeKey",
    why: "whether an at-rest key is AWS managed or customer managed (KeyManager)",
  },
  {
    client: "bedrock",
    operation: "GetModelInvocationLoggingConfiguration",
    iamAction: "bedrock:GetModelInvocationLoggingConfiguration",
    why: "where a region's model invocations (prompts, responses) are logged",
  },
  {
    client: "bedrock",
    operation: "ListCustomModels",
    iamAction: "bedrock:ListCustomModels",
    why: "enumerate custom (fine-tuned) models per region",
  },
  {
    client: "bedrock",
    operation: "GetCustomModel",
    iamAction: "bedrock:GetCustomModel",
    why: "custom model KMS key, base model, training data and output locations",
  },
  {
    client: "bedrock",
    operation: "ListGuardrails",
    iamAction: "bedrock:ListGuardrails",
    why: "enumerate guardrails per region",
  },
  {
    client: "bedrock",
    operation: "GetGuardrail",
    iamAction: "bedrock:GetGuardrail",
    why: "guardrail content filters (prompt attack strength) and KMS key",
  },
  {
    client: "bedrock",
    operation: "ListTagsForResource",
    iamAction: "bedrock:ListTagsForResource",
    why: "data-classification tags of custom models and guardrails",
  },
  {
    client: "bedrock-agent",
    operation: "ListAgents",
    iamAction: "bedrock:ListAgents",
    why: "enumerate agents per region",
  },
  {
    client: "bedrock-agent",
    operation: "GetAgent",
    iamAction: "bedrock:GetAgent",
    why: "agent guardrail, KMS key and foundation model",
  },
  {
    client: "bedrock-agent",
    operation: "ListAgentKnowledgeBases",
    iamAction: "bedrock:ListAgentKnowledgeBases",
    why: "knowledge bases an agent retrieves from (AI bill of materials)",
  },
  {
    client: "bedrock-agent",
    operation: "ListKnowledgeBases",
    iamAction: "bedrock:ListKnowledgeBases",
    why: "enumerate knowledge bases per region",
  },
  {
    client: "bedrock-agent",
    operation: "GetKnowledgeBase",
    iamAction: "bedrock:GetKnowledgeBase",
    why: "knowledge base vector store and embedding model",
  },
  {
    client: "bedrock-agent",
    operation: "ListDataSources",
    iamAction: "bedrock:ListDataSources",
    why: "enumerate a knowledge base's data sources",
  },
  {
    client: "bedrock-agent",
    operation: "GetDataSource",
    iamAction: "bedrock:GetDataSource",
    why: "data source bucket and data deletion policy",
  },
  {
    client: "bedrock-agent",
    operation: "ListTagsForResource",
    iamAction: "bedrock:ListTagsForResource",
    why: "data-classification tags of agents and knowledge bases",
  },
  {
    client: "guardduty",
    operation: "ListDetectors",
    iamAction: "guardduty:ListDetectors",
    why: "whether GuardDuty is on in a region (its detector)",
  },
  {
    client: "guardduty",
    operation: "GetDetector",
    iamAction: "guardduty:GetDetector",
    why: "detector status and protection plans (S3 Protection, AI Protection)",
  },
  {
    client: "guardduty",
    operation: "ListFindings",
    iamAction: "guardduty:ListFindings",
    why: "ids of open GuardDuty findings, to merge with our checks",
  },
  {
    client: "guardduty",
    operation: "GetFindings",
    iamAction: "guardduty:GetFindings",
    why: "GuardDuty findings (type, severity, resources), 50 per call",
  },
  {
    client: "sagemaker",
    operation: "ListEndpoints",
    iamAction: "sagemaker:ListEndpoints",
    why: "enumerate model endpoints per region",
  },
  {
    client: "sagemaker",
    operation: "DescribeEndpoint",
    iamAction: "sagemaker:DescribeEndpoint",
    why: "endpoint instance counts, data capture and async output settings",
  },
  {
    client: "sagemaker",
    operation: "DescribeEndpointConfig",
    iamAction: "sagemaker:DescribeEndpointConfig",
    why: "endpoint volume KMS key, instance types and the models it serves",
  },
  {
    client: "sagemaker",
    operation: "DescribeModel",
    iamAction: "sagemaker:DescribeModel",
    why: "container images, model artifacts, network isolation and VPC of served models",
  },
  {
    client: "sagemaker",
    operation: "ListNotebookInstances",
    iamAction: "sagemaker:ListNotebookInstances",
    why: "enumerate notebook instances per region",
  },
  {
    client: "sagemaker",
    operation: "DescribeNotebookInstance",
    iamAction: "sagemaker:DescribeNotebookInstance",
    why: "notebook internet access, root access, KMS key and subnet",
  },
  {
    client: "sagemaker",
    operation: "ListTrainingJobs",
    iamAction: "sagemaker:ListTrainingJobs",
    why: "enumerate recent training jobs per region",
  },
  {
    client: "sagemaker",
    operation: "DescribeTrainingJob",
    iamAction: "sagemaker:DescribeTrainingJob",
    why: "training data and output locations, encryption, network isolation and VPC",
  },
  {
    client: "sagemaker",
    operation: "ListDomains",
    iamAction: "sagemaker:ListDomains",
    why: "enumerate SageMaker Studio domains per region",
  },
  {
    client: "sagemaker",
    operation: "DescribeDomain",
    iamAction: "sagemaker:DescribeDomain",
    why: "Studio network access type, KMS key and VPC",
  },
];

const READ_VERBS = /^(Get|List|Describe|Head|BatchGet|Search|Lookup)/;

/** Not a read by its verb, yet it changes no cloud state: AssumeRole only mints short-lived credentials. */
const NON_MUTATING = new Set(["AssumeRole"]);

export function isReadOperation(operation: string): boolean {
  return READ_VERBS.test(operation) || NON_MUTATING.has(operation);
}

export function findAwsOperation(client: string, operation: string): AwsOperation | undefined {
  return AWS_OPERATIONS.find((entry) => entry.client === client && entry.operation === operation);
}
