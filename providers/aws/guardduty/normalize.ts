import type { GetDetectorResponse } from "@aws-sdk/client-guardduty";
import type { ProtectionState, ThreatDetectionAsset } from "../../../src/model/assets/threat-detection.js";
import type { InventoryRecord } from "../../../src/model/inventory.js";
import { isUnknown, unknown, type Known } from "../../../src/model/known.js";
import type { ReplyReader } from "../replies.js";

export type DetectorReply = GetDetectorResponse & { DetectorId?: string };

/**
 * One region's GuardDuty as a threat-detection asset: detector on, S3 Protection, AI Protection. When the
 * detectors could not even be listed there is no asset — as a bucket that ListBuckets could not return has none —
 * and the error entry is the region's coverage gap; a detector listed but not described has unknowns.
 */
export function normalizeDetector(
  record: InventoryRecord,
  read: ReplyReader,
): ThreatDetectionAsset | undefined {
  const listed = read<{ DetectorIds?: string[] }>(record, "ListDetectors");
  if (isUnknown(listed)) return undefined;
  const detector = read<DetectorReply>(record, "GetDetector");
  const none = !isUnknown(listed) && (listed?.DetectorIds ?? []).length === 0;
  const off: ProtectionState = { on: false, detail: `no GuardDuty detector in ${record.region}` };
  const readable: Known<DetectorReply | null> = detector;

  const protection = (decide: (d: DetectorReply) => Known<ProtectionState>): Known<ProtectionState> => {
    if (none) return off;
    if (isUnknown(readable)) return readable;
    if (!readable) return unknown("GetDetector returned nothing");
    return decide(readable);
  };

  return {
    id: record.resourceId,
    provider: "aws",
    account: record.account,
    region: record.region,
    kind: "threat-detection",
    type: "aws.guardduty.detector",
    name: record.name,
    tags: isUnknown(readable) || !readable ? {} : { ...(readable.Tags ?? {}) },
    relations: [],
    raw: record.replies,
    service: "guardduty",
    enabled: protection((d) => ({
      on: d.Status === "ENABLED",
      detail: `detector ${d.DetectorId ?? "?"} is ${d.Status ?? "of unknown status"}`,
    })),
    storageProtection: protection((d) =>
      feature(d, "S3_DATA_EVENTS", "S3 Protection", d.DataSources?.S3Logs?.Status),
    ),
    aiProtection: protection((d) => feature(d, "AI_PROTECTION", "AI Protection")),
  };
}

/**
 * A protection plan's state from `Features` (the current shape), else from the older `DataSources`. A suspended
 * detector protects nothing, whatever its features say.
 */
function feature(
  detector: DetectorReply,
  name: string,
  label: string,
  legacyStatus?: string,
): Known<ProtectionState> {
  if (detector.Status !== "ENABLED")
    return { on: false, detail: `${label}: the detector is ${detector.Status ?? "not enabled"}` };
  const current = detector.Features?.find((f) => f.Name === name);
  if (current?.Status)
    return { on: current.Status === "ENABLED", detail: `${label} (${name}) is ${current.Status}` };
  if (legacyStatus)
    return { on: legacyStatus === "ENABLED", detail: `${label} (dataSources) is ${legacyStatus}` };
  if (detector.Features)
    return { on: false, detail: `${label} (${name}) is not among the detector's features` };
  return unknown(`GetDetector reported neither features nor data sources for ${label}`);
}
