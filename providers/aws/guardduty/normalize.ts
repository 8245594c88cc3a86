import type { GetDetectorResponse } from "@aws-sdk/client-guardduty";
import type {
  MalwareScanning,
  ProtectionState,
  ThreatDetectionAsset,
} from "../../../src/model/assets/threat-detection.js";
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
    runtimeProtection: protection((d) => runtimeMonitoring(d)),
    malwareScanning: malwareScanning(record, read),
  };
}

/** RUNTIME_MONITORING, else the older EKS-only EKS_RUNTIME_MONITORING. */
function runtimeMonitoring(detector: DetectorReply): Known<ProtectionState> {
  const current = feature(detector, "RUNTIME_MONITORING", "Runtime Monitoring");
  const eks = detector.Features?.find((f) => f.Name === "EKS_RUNTIME_MONITORING");
  if (!isUnknown(current) && !current.on && detector.Status === "ENABLED" && eks?.Status === "ENABLED")
    return {
      on: true,
      detail: "EKS Runtime Monitoring (EKS_RUNTIME_MONITORING) is ENABLED; other compute is not watched",
    };
  return current;
}

interface MalwarePlanReply {
  Status?: string;
  ProtectedResource?: { S3Bucket?: { BucketName?: string } };
}

/** The buckets ACTIVE Malware Protection for S3 plans scan; unknown when a plan could not be listed or read. */
function malwareScanning(record: InventoryRecord, read: ReplyReader): Known<MalwareScanning> {
  const ids = read<string[]>(record, "ListMalwareProtectionPlans");
  if (isUnknown(ids)) return ids;
  const details = (record.replies.GetMalwareProtectionPlan ?? {}) as Record<string, MalwarePlanReply | null>;
  const buckets: string[] = [];
  for (const id of ids ?? []) {
    if (!Object.prototype.hasOwnProperty.call(details, id))
      return unknown(`GetMalwareProtectionPlan ${id} was not read`);
    const plan = details[id];
    const bucket = plan?.ProtectedResource?.S3Bucket?.BucketName;
    if (bucket && plan?.Status === "ACTIVE") buckets.push(bucket);
  }
  return {
    buckets,
    detail:
      buckets.length > 0
        ? `Malware Protection for S3 scans ${buckets.join(", ")}`
        : "no active Malware Protection for S3 plan in this region",
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
