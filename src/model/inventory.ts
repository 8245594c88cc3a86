// The inventory is what collection read from the cloud: plain JSON in the providers' own field names,
// serializable so a scan can be saved (--save-inventory) and re-evaluated offline (--from-inventory).

export type ProviderId = "aws" | "azure";

/** One scope a provider was asked to read: an AWS account + regions, or an Azure subscription. */
export interface Scope {
  provider: ProviderId;
  account: string;
  regions: string[];
}

/** A failed read. Never a pass: the resources it concerns become unknown and the report lists it as a gap. */
export interface CollectionError {
  provider: ProviderId;
  account: string;
  region?: string;
  service: string;
  operation: string;
  resource?: string;
  code: string;
  message: string;
}

/**
 * The replies read for one resource, keyed by operation name. An operation that is absent was not read
 * (see errors); a reply of `null` means the service answered that the thing does not exist
 * (e.g. NoSuchBucketPolicy), which is knowledge, not a gap.
 */
export interface InventoryRecord {
  provider: ProviderId;
  account: string;
  region: string;
  service: string;
  resourceType: string;
  resourceId: string;
  name: string;
  replies: Record<string, unknown>;
}

export interface Inventory {
  schemaVersion: 1;
  collectedAt: string;
  scopes: Scope[];
  records: InventoryRecord[];
  errors: CollectionError[];
}

export function emptyInventory(collectedAt = new Date().toISOString()): Inventory {
  return { schemaVersion: 1, collectedAt, scopes: [], records: [], errors: [] };
}

export function mergeInventories(parts: Inventory[]): Inventory {
  const merged = emptyInventory(parts[0]?.collectedAt);
  for (const part of parts) {
    merged.scopes.push(...part.scopes);
    merged.records.push(...part.records);
    merged.errors.push(...part.errors);
  }
  return merged;
}
