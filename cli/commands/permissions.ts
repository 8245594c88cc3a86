import type { AwsOperation } from "../../providers/aws/operations.js";

/** The least-privilege IAM policy, generated from the one list of operations the tool calls. */
export function iamPolicy(operations: readonly AwsOperation[]) {
  const actions = [...new Set(operations.map((op) => op.iamAction))].sort();
  return {
    Version: "2012-10-17",
    Statement: [{ Sid: "AiPostureReadOnly", Effect: "Allow", Action: actions, Resource: "*" }],
  };
}
