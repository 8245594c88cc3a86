import type { AwsOperation } from "../operation.js";

export const KMS_OPERATIONS: readonly AwsOperation[] = [
  {
    client: "kms",
    operation: "DescribeKey",
    iamAction: "kms:DescribeKey",
    why: "whether an at-rest key is AWS managed or customer managed (KeyManager)",
    alwaysReturns: "KeyMetadata",
  },
];
