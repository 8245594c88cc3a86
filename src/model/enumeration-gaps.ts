import type { CollectionError, Inventory, ProviderId } from "./inventory.js";

/**
 * Listings that failed in a scope (an error with no resource: ListBuckets, ListEndpoints, StorageAccounts_List…).
 * Where one failed, "no AI assets here" is not known, so scope-level checks must say unknown rather than pass.
 * S3's bucket listing is global, so its failure concerns every region of the account.
 */
export function enumerationGaps(
  inventory: Inventory,
  scope: { provider: ProviderId; account: string; region: string },
  ignoreServices: readonly string[] = [],
): string[] {
  const inScope = (error: CollectionError) =>
    error.provider === scope.provider &&
    error.account === scope.account &&
    !error.resource &&
    !ignoreServices.includes(error.service) &&
    (scope.region === "global" || error.region === scope.region || error.service === "s3" || !error.region);
  return [...new Set(inventory.errors.filter(inScope).map((e) => `${e.service} ${e.operation}: ${e.code}`))];
}
