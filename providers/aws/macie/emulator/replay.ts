// Replay: each region's Macie rebuilt from a saved inventory's raw replies. A region whose GetMacieSession answered
// "not enabled" (null) is left out, so Macie is off there again; one that was not read is left out too.
import type { InventoryRecord } from "../../../../src/model/inventory.js";

interface Bucket {
  bucketName?: string;
  sensitivityScore?: number;
  automatedDiscoveryMonitoringStatus?: string;
}

export function replayMacie(records: readonly InventoryRecord[]): Record<string, unknown> {
  const regions: Record<string, unknown> = {};
  for (const record of records) {
    if (record.resourceType !== "aws.macie.session") continue;
    const session = record.replies.GetMacieSession as { status?: string } | null | undefined;
    if (!session) continue;
    const config = record.replies.GetAutomatedDiscoveryConfiguration as { status?: string } | undefined;
    const listed = (record.replies.DescribeBuckets as { buckets?: Bucket[] } | undefined)?.buckets ?? [];
    regions[record.region] = {
      status: session.status === "PAUSED" ? "PAUSED" : "ENABLED",
      automatedDiscovery: config?.status === "ENABLED",
      buckets: listed.flatMap((b) =>
        b.bucketName
          ? [
              {
                bucketName: b.bucketName,
                ...(typeof b.sensitivityScore === "number" ? { sensitivityScore: b.sensitivityScore } : {}),
                ...(b.automatedDiscoveryMonitoringStatus === "NOT_MONITORED"
                  ? { automatedDiscoveryMonitoringStatus: "NOT_MONITORED" }
                  : {}),
              },
            ]
          : [],
      ),
    };
  }
  return Object.keys(regions).length > 0 ? { macie: regions } : {};
}
