// Replay: an account's OpenSearch Serverless collections and the security policies each record read, rebuilt
// from a saved inventory's raw replies. Policies are per region, so each is served once however many collections
// recorded it. A collection whose BatchGetCollection was not recorded is served from its listing.
import type { InventoryRecord } from "../../../../src/model/inventory.js";

type Reply = Record<string, unknown>;

export function replayOpenSearchServerless(records: readonly InventoryRecord[]): Record<string, unknown> {
  const collections: Reply[] = [];
  const policies = new Map<string, Reply>();
  for (const record of records) {
    if (record.resourceType !== "aws.aoss.collection") continue;
    const detail = (record.replies.BatchGetCollection ?? record.replies.ListCollections) as
      Reply | null | undefined;
    if (!detail) continue;
    const tags = record.replies.ListTagsForResource;
    collections.push({ ...detail, ...(Array.isArray(tags) ? { tags } : {}) });
    for (const type of ["network", "encryption"]) {
      const read = record.replies[`${type}:GetSecurityPolicy`];
      for (const policy of (Array.isArray(read) ? read : []) as Reply[]) {
        policies.set(`${record.region} ${type} ${String(policy.name)}`, { region: record.region, ...policy });
      }
    }
  }
  if (collections.length === 0) return {};
  return { opensearchServerless: { collections, securityPolicies: [...policies.values()] } };
}
