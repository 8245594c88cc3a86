import type { AwsOperation } from "../operation.js";

/** The one data-plane read, made only with --scan-artifacts; the IAM policy scopes it to the artifact prefixes. */
export const MODEL_ARTIFACT_OPERATIONS: readonly AwsOperation[] = [
  {
    client: "s3",
    operation: "GetObject",
    iamAction: "s3:GetObject",
    why: "with --scan-artifacts: ranged reads of the model artifacts models load, to scan their serialization",
    scopedTo: "model-artifacts",
  },
];
