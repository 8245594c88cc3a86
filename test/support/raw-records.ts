// Inventory records as the collectors store them: the provider's replies, keyed by operation. Rows built from
// these go through the provider's normalize (see from-record.ts), so they test the verdict where it is decided.
import type { InventoryRecord } from "../../src/model/inventory.js";

export const AWS_ACCOUNT = "111122223333";
export const AZURE_SUBSCRIPTION = "11111111-1111-4111-8111-111111111111";
const GROUP = `/subscriptions/${AZURE_SUBSCRIPTION}/resourceGroups/ai-rg/providers`;

export const ALL_USERS = "http://acs.amazonaws.com/groups/global/AllUsers";

/** A bucket ACL granting `permission` to everyone (the AllUsers group). */
export function aclForEveryone(permission: "READ" | "WRITE") {
  return {
    Owner: { ID: "owner" },
    Grants: [{ Grantee: { Type: "Group", URI: ALL_USERS }, Permission: permission }],
  };
}

/** A bucket policy with one statement granting `action` to everyone. */
export function publicBucketPolicy(bucket: string, action: string): string {
  return JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Principal: "*", Action: action, Resource: `arn:aws:s3:::${bucket}/*` }],
  });
}

/** An S3 bucket whose every read succeeded with "nothing configured", overridden by `replies`. */
export function s3BucketRecord(replies: Record<string, unknown> = {}, name = "raw-bucket"): InventoryRecord {
  return {
    provider: "aws",
    account: AWS_ACCOUNT,
    region: "us-east-1",
    service: "s3",
    resourceType: "aws.s3.bucket",
    resourceId: `arn:aws:s3:::${name}`,
    name,
    replies: {
      GetBucketPolicy: null,
      GetBucketAcl: { Owner: { ID: "owner" }, Grants: [] },
      GetPublicAccessBlock: null,
      GetBucketEncryption: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } }] },
      GetBucketLogging: {},
      GetBucketVersioning: {},
      GetBucketTagging: null,
      GetBucketOwnershipControls: null,
      ...replies,
    },
  };
}

/** The same record without one reply: the collector could not read it. */
export function withoutReply(record: InventoryRecord, operation: string): InventoryRecord {
  const { [operation]: _dropped, ...replies } = record.replies;
  return { ...record, replies };
}

/** An OpenSearch domain: `status` is its DescribeDomains entry; `extra` adds replies (kms:DescribeKey, …). */
export function openSearchDomainRecord(
  status: Record<string, unknown>,
  extra: Record<string, unknown> = {},
  name = "raw-domain",
): InventoryRecord {
  const arn = `arn:aws:es:us-east-1:${AWS_ACCOUNT}:domain/${name}`;
  return {
    provider: "aws",
    account: AWS_ACCOUNT,
    region: "us-east-1",
    service: "opensearch",
    resourceType: "aws.opensearch.domain",
    resourceId: arn,
    name,
    replies: {
      ListDomainNames: { DomainName: name, EngineType: "OpenSearch" },
      DescribeDomains: { DomainName: name, ARN: arn, ...status },
      ListTags: [],
      ...extra,
    },
  };
}

/** A domain access policy granting es:ESHttp* to everyone. */
export function openDomainPolicy(name = "raw-domain"): string {
  return JSON.stringify({
    Version: "2012-10-17",
    Statement: [
      {
        Effect: "Allow",
        Principal: { AWS: "*" },
        Action: "es:ESHttp*",
        Resource: `arn:aws:es:us-east-1:${AWS_ACCOUNT}:domain/${name}/*`,
      },
    ],
  });
}

/** An Azure storage account: `account` is its StorageAccounts_List entry; `replies` override the other reads. */
export function azureStorageRecord(
  account: Record<string, unknown>,
  replies: Record<string, unknown> = {},
  name = "rawstore",
): InventoryRecord {
  const id = `${GROUP}/Microsoft.Storage/storageAccounts/${name}`;
  return {
    provider: "azure",
    account: AZURE_SUBSCRIPTION,
    region: "eastus",
    service: "storage",
    resourceType: "azure.storage.account",
    resourceId: id,
    name,
    replies: {
      StorageAccounts_List: { id, name, enableHttpsTrafficOnly: true, ...account },
      BlobServices_GetServiceProperties: {
        isVersioningEnabled: true,
        deleteRetentionPolicy: { enabled: true, days: 7 },
      },
      BlobContainers_List: [],
      DiagnosticSettings_List: [],
      ...replies,
    },
  };
}

/** An Azure AI Search service: `service` is its Services_ListBySubscription entry. */
export function azureSearchRecord(service: Record<string, unknown>, name = "raw-search"): InventoryRecord {
  const id = `${GROUP}/Microsoft.Search/searchServices/${name}`;
  return {
    provider: "azure",
    account: AZURE_SUBSCRIPTION,
    region: "eastus",
    service: "search",
    resourceType: "azure.search.service",
    resourceId: id,
    name,
    replies: { Services_ListBySubscription: { id, name, ...service }, DiagnosticSettings_List: [] },
  };
}

/** An Azure OpenAI / AI Services account: `account` is its Accounts_List entry; `replies` adds or replaces reads. */
export function cognitiveAccountRecord(
  account: Record<string, unknown>,
  name = "raw-openai",
  replies: Record<string, unknown> = {},
): InventoryRecord {
  const id = `${GROUP}/Microsoft.CognitiveServices/accounts/${name}`;
  return {
    provider: "azure",
    account: AZURE_SUBSCRIPTION,
    region: "eastus",
    service: "cognitive",
    resourceType: "azure.cognitiveservices.account",
    resourceId: id,
    name,
    replies: {
      Accounts_List: { id, name, kind: "OpenAI", properties: {}, ...account },
      Deployments_List: [],
      RaiPolicies_List: [],
      DiagnosticSettings_List: [],
      ...replies,
    },
  };
}

/** The account record the collector stores: `bpa` is s3-control:GetPublicAccessBlock (null: none configured). */
export function awsAccountRecord(bpa: Record<string, unknown> | null = null): InventoryRecord {
  return {
    provider: "aws",
    account: AWS_ACCOUNT,
    region: "global",
    service: "account",
    resourceType: "aws.account",
    resourceId: `arn:aws:iam::${AWS_ACCOUNT}:root`,
    name: AWS_ACCOUNT,
    replies: { "s3-control:GetPublicAccessBlock": bpa },
  };
}

/** Options for fromRecord: the bucket's account read, with no account-level Block Public Access. */
export const IN_ACCOUNT_WITHOUT_BPA = { others: [awsAccountRecord(null)] };

/**
 * An Azure ML workspace: `get` is its Workspaces_Get reply (api-version 2024-10-01 shape), `replies` adds or
 * replaces reads (DiagnosticSettings_List, Compute_List).
 */
export function mlWorkspaceRecord(
  get: Record<string, unknown>,
  replies: Record<string, unknown> = {},
  name = "raw-ws",
): InventoryRecord {
  const id = `${GROUP}/Microsoft.MachineLearningServices/workspaces/${name}`;
  return {
    provider: "azure",
    account: AZURE_SUBSCRIPTION,
    region: "eastus",
    service: "machinelearning",
    resourceType: "azure.machinelearning.workspace",
    resourceId: id,
    name,
    replies: {
      Workspaces_ListBySubscription: { id, name, publicNetworkAccess: "Disabled" },
      Workspaces_Get: { id, name, kind: "Default", properties: {}, ...get },
      DiagnosticSettings_List: [],
      Compute_List: [],
      ...replies,
    },
  };
}

/** KMS key ARNs in the raw SageMaker rows: one customer managed, one the AWS managed aws/sagemaker key. */
export const CUSTOMER_KEY_ARN = `arn:aws:kms:us-east-1:${AWS_ACCOUNT}:key/1234abcd-12ab-34cd-56ef-customer0001`;
export const AWS_MANAGED_KEY_ARN = `arn:aws:kms:us-east-1:${AWS_ACCOUNT}:key/0e5c7a91-3b2d-4f6e-8a1c-awsmanaged01`;

/** DescribeKey answers as the collector stores them beside a record (KMS_KEYS_REPLY), by key id. */
export const KEY_ANSWERS = {
  [CUSTOMER_KEY_ARN]: { KeyId: "1234abcd-12ab-34cd-56ef-customer0001", KeyManager: "CUSTOMER" },
  [AWS_MANAGED_KEY_ARN]: { KeyId: "0e5c7a91-3b2d-4f6e-8a1c-awsmanaged01", KeyManager: "AWS" },
};

/** A SageMaker resource record: `type` is e.g. "notebook-instance", `replies` its Describe* reply and KMS answers. */
export function sageMakerRecord(
  type: string,
  name: string,
  replies: Record<string, unknown>,
  resourceType = `aws.sagemaker.${type}`,
): InventoryRecord {
  return {
    provider: "aws",
    account: AWS_ACCOUNT,
    region: "us-east-1",
    service: "sagemaker",
    resourceType,
    resourceId: `arn:aws:sagemaker:us-east-1:${AWS_ACCOUNT}:${type}/${name}`,
    name,
    replies,
  };
}
