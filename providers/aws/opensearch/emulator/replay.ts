// Replay: an account's OpenSearch Service domains rebuilt from a saved inventory's raw replies (DescribeDomains'
// DomainStatus, ListTags). A domain whose description was not recorded (the read failed) is served by name only,
// so it is listed again and its description is left to the replayed fault that denies it.
import type { InventoryRecord } from "../../../../src/model/inventory.js";

export function replayOpenSearch(records: readonly InventoryRecord[]): Record<string, unknown> {
  const domains = records
    .filter((r) => r.resourceType === "aws.opensearch.domain")
    .map((r) => {
      const status = (r.replies.DescribeDomains ?? {}) as Record<string, unknown>;
      const tags = r.replies.ListTags;
      return {
        DomainStatus: {
          ...status,
          DomainName: r.name,
          // The region comes from the ARN.
          ARN: status.ARN ?? `arn:aws:es:${r.region}:${r.account}:domain/${r.name}`,
        },
        ...(Array.isArray(tags) ? { TagList: tags } : {}),
      };
    });
  return domains.length > 0 ? { opensearch: { domains } } : {};
}
