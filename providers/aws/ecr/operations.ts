import type { AwsOperation } from "../operation.js";

export const ECR_OPERATIONS: readonly AwsOperation[] = [
  {
    client: "ecr",
    operation: "BatchGetImage",
    iamAction: "ecr:BatchGetImage",
    why: "the manifest (digest, config, layers) of private images SageMaker models and training jobs run",
  },
  {
    client: "ecr",
    operation: "DescribeImageScanFindings",
    iamAction: "ecr:DescribeImageScanFindings",
    why: "the registry's vulnerability scan of those images (basic or enhanced), for the AI packages",
  },
];
