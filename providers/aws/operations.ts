// The one list of AWS operations aiposture calls, derived from the service manifests. Every call goes through
// AwsReader, which refuses any command not listed, so this list is the truth for the least-privilege IAM policy
// (`aiposture permissions`). Every entry must be a read.
import type { AwsOperation } from "./operation.js";
import { AWS_SERVICES } from "./services.js";

export type { AwsOperation } from "./operation.js";
export { isReadOperation } from "./operation.js";

export const AWS_OPERATIONS: readonly AwsOperation[] = AWS_SERVICES.flatMap((service) => service.operations);

export function findAwsOperation(client: string, operation: string): AwsOperation | undefined {
  return AWS_OPERATIONS.find((entry) => entry.client === client && entry.operation === operation);
}
