import type { AwsOperation } from "../operation.js";

export const OPENSEARCH_OPERATIONS: readonly AwsOperation[] = [
  {
    client: "opensearch",
    operation: "ListDomainNames",
    iamAction: "es:ListDomainNames",
    why: "enumerate OpenSearch and Elasticsearch domains per region",
    alwaysReturns: "DomainNames",
  },
  {
    client: "opensearch",
    operation: "DescribeDomains",
    iamAction: "es:DescribeDomains",
    why: "domain configuration (access policy, VPC, encryption, TLS, FGAC, logs, software update), 5 per call",
    alwaysReturns: "DomainStatusList",
  },
  {
    client: "opensearch",
    operation: "ListTags",
    iamAction: "es:ListTags",
    why: "domain data-classification tags",
    alwaysReturns: "TagList",
  },
];
