// Replay: each region's detector and its findings rebuilt from a saved inventory's raw GuardDuty replies. A region
// whose ListDetectors answered with none has no detector again.
import type { InventoryRecord } from "../../../../src/model/inventory.js";

export function replayGuardDuty(records: readonly InventoryRecord[]): Record<string, unknown> {
  const regions: Record<string, { detectors: unknown[] }> = {};
  for (const record of records) {
    if (record.resourceType !== "aws.guardduty.detector") continue;
    const detector = record.replies.GetDetector as Record<string, unknown> | null | undefined;
    const listed = record.replies.ListDetectors as { DetectorIds?: string[] } | undefined;
    const id = listed?.DetectorIds?.[0] ?? (detector?.DetectorId as string | undefined);
    if (!id) {
      regions[record.region] = { detectors: [] };
      continue;
    }
    const findings = (record.replies.GetFindings as { Findings?: unknown[] } | undefined)?.Findings ?? [];
    const fields = ["Status", "CreatedAt", "UpdatedAt", "FindingPublishingFrequency", "ServiceRole"];
    const kept = Object.fromEntries(fields.flatMap((f) => (detector?.[f] ? [[f, detector[f]]] : [])));
    regions[record.region] = {
      detectors: [
        {
          DetectorId: id,
          ...kept,
          ...(detector?.DataSources ? { DataSources: detector.DataSources } : {}),
          ...(detector?.Features ? { Features: detector.Features } : {}),
          ...(detector?.Tags ? { Tags: detector.Tags } : {}),
          Findings: findings,
        },
      ],
    };
  }
  return Object.keys(regions).length > 0 ? { guardduty: regions } : {};
}
