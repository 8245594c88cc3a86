import type { AwsOperation } from "../operation.js";

export const MACIE_OPERATIONS: readonly AwsOperation[] = [
  {
    client: "macie2",
    operation: "GetMacieSession",
    iamAction: "macie2:GetMacieSession",
    why: "whether Amazon Macie is on in a region (off answers AccessDeniedException: Macie is not enabled)",
    alwaysReturns: "status",
  },
  {
    client: "macie2",
    operation: "GetAutomatedDiscoveryConfiguration",
    iamAction: "macie2:GetAutomatedDiscoveryConfiguration",
    why: "whether Macie's automated sensitive data discovery samples the region's buckets",
    alwaysReturns: "status",
  },
  {
    client: "macie2",
    operation: "DescribeBuckets",
    iamAction: "macie2:DescribeBuckets",
    why: "each bucket's Macie sensitivity score (raises exposure findings on buckets holding sensitive data)",
    alwaysReturns: "buckets",
  },
];
