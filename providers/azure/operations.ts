// The one list of Azure Resource Manager operations aiposture calls, derived from the service manifests. Every
// call goes through AzureReader, which refuses an operation not listed, and every HTTP request of an ARM client
// passes the read-only guard policy (guard.ts), which refuses any request that is not a GET matching the path of
// the operation the reader is running. So this list is the truth for the custom role
// (`aiposture permissions --provider azure`).
import { requestMatches, type AzureOperation } from "./operation.js";
import { AZURE_SERVICES } from "./services.js";

export type { AzureOperation } from "./operation.js";

export const AZURE_OPERATIONS: readonly AzureOperation[] = AZURE_SERVICES.flatMap(
  (service) => service.operations,
);

export function findAzureOperation(service: string, operation: string): AzureOperation | undefined {
  return AZURE_OPERATIONS.find((entry) => entry.service === service && entry.operation === operation);
}

/** The listed operation an HTTP request is, if any. */
export function operationForRequest(method: string, path: string): AzureOperation | undefined {
  return AZURE_OPERATIONS.find((entry) => requestMatches(entry, method, path));
}
