import type { AwsOperation } from "../operation.js";

export const OPENSEARCH_SERVERLESS_OPERATIONS: readonly AwsOperation[] = [
  {
    client: "opensearchserverless",
    operation: "ListCollections",
    iamAction: "aoss:ListCollections",
    why: "enumerate OpenSearch Serverless collections per region",
    alwaysReturns: "collectionSummaries",
  },
  {
    client: "opensearchserverless",
    operation: "BatchGetCollection",
    iamAction: "aoss:BatchGetCollection",
    why: "collection details and its encryption key, 100 per call",
    alwaysReturns: "collectionDetails",
  },
  {
    client: "opensearchserverless",
    operation: "ListSecurityPolicies",
    iamAction: "aoss:ListSecurityPolicies",
    why: "network and encryption policies of the region",
    alwaysReturns: "securityPolicySummaries",
  },
  {
    client: "opensearchserverless",
    operation: "GetSecurityPolicy",
    iamAction: "aoss:GetSecurityPolicy",
    why: "policy documents: public network access, AWS-owned key",
    alwaysReturns: "securityPolicyDetail",
  },
  {
    client: "opensearchserverless",
    operation: "ListTagsForResource",
    iamAction: "aoss:ListTagsForResource",
    why: "collection data-classification tags",
    alwaysReturns: "tags",
  },
];
