import type { AwsOperation } from "../operation.js";

export const OPENSEARCH_OPERATIONS: readonly AwsOperation[] = [
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
];
