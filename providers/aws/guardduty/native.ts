import type { Finding } from "@aws-sdk/client-guardduty";
import type { CollectionError, Inventory, InventoryRecord } from "../../../src/model/inventory.js";
import type { NativeFinding, NativeSourceStatus } from "../../../src/model/native-finding.js";
import { sourceStatusOf } from "../../../src/merge/source-status.js";
import { GUARDDUTY_CLIENT, GUARDDUTY_DETECTOR_TYPE } from "./collect.js";
import type { DetectorReply } from "./normalize.js";
import { guardDutyResourceIds } from "./resources.js";
import { guardDutySeverity } from "./severity.js";

/** Pure: GuardDuty findings of the inventory as native findings, and whether each region's GuardDuty was read. */
export function guardDutyNativeFindings(inventory: Inventory): {
  findings: NativeFinding[];
  sources: NativeSourceStatus[];
} {
  const findings: NativeFinding[] = [];
  const sources: NativeSourceStatus[] = [];
  for (const record of inventory.records) {
    if (record.provider !== "aws" || record.resourceType !== GUARDDUTY_DETECTOR_TYPE) continue;
    const read = (record.replies.GetFindings as { Findings?: Finding[] } | undefined)?.Findings ?? [];
    const detector = record.replies.GetDetector as DetectorReply | undefined;
    const partition = record.resourceId.split(":")[1] ?? "aws";
    const mine = read.map((f) => toNative(f, record, partition, detector?.DetectorId));
    findings.push(...mine);
    sources.push({ ...sourceState(record, inventory.errors), findings: mine.length });
  }
  return { findings, sources };
}

function sourceState(
  record: InventoryRecord,
  errors: readonly CollectionError[],
): Omit<NativeSourceStatus, "findings"> {
  const base = {
    source: "guardduty" as const,
    provider: "aws" as const,
    account: record.account,
    region: record.region,
  };
  const failed = (operation: string) =>
    errors.find(
      (e) =>
        e.provider === "aws" &&
        e.service === GUARDDUTY_CLIENT &&
        e.account === record.account &&
        e.resource === record.name &&
        e.operation === operation,
    );
  const replies = record.replies;
  const ids = () => (replies.ListDetectors as { DetectorIds?: string[] }).DetectorIds ?? [];
  return sourceStatusOf({
    base,
    replies,
    failed,
    steps: [
      { require: "ListDetectors" },
      { notEnabled: () => (ids().length === 0 ? "no detector" : undefined) },
      { require: "ListFindings" },
    ],
    partial: ["ListFindings", "GetFindings"],
    readDetail: () =>
      (replies.GetDetector as DetectorReply | undefined)?.Status === "DISABLED"
        ? `detector ${ids()[0]} is suspended: no new findings`
        : `detector ${ids()[0]}`,
  });
}

function toNative(
  finding: Finding,
  record: InventoryRecord,
  partition: string,
  detectorId: string | undefined,
): NativeFinding {
  const type = finding.Type ?? "Unknown";
  const id = finding.Id ?? "unknown";
  const region = finding.Region ?? record.region;
  return {
    source: "guardduty",
    provider: "aws",
    account: finding.AccountId ?? record.account,
    region,
    nativeId: id,
    type,
    foldKey: type,
    kind: type.startsWith("Policy:") ? "posture" : "threat",
    active: finding.Service?.Archived !== true,
    title: finding.Title ?? type,
    ...(finding.Description ? { description: finding.Description } : {}),
    severity: guardDutySeverity(finding.Severity),
    nativeSeverity: finding.Severity ?? 0,
    resourceIds: guardDutyResourceIds(finding, partition),
    ...(finding.Resource?.ResourceType ? { resourceType: finding.Resource.ResourceType } : {}),
    count: finding.Service?.Count ?? 1,
    ...((finding.Service?.EventFirstSeen ?? finding.CreatedAt)
      ? { firstSeen: finding.Service?.EventFirstSeen ?? finding.CreatedAt }
      : {}),
    ...((finding.Service?.EventLastSeen ?? finding.UpdatedAt)
      ? { lastSeen: finding.Service?.EventLastSeen ?? finding.UpdatedAt }
      : {}),
    remediation: {
      text: `Investigate GuardDuty finding ${id} (${type}) and follow GuardDuty's remediation for this finding type; archive it in GuardDuty once resolved.`,
      cli: {
        aws: `aws guardduty get-findings --region ${region} --detector-id ${detectorId ?? "DETECTOR_ID"} --finding-ids ${id}`,
      },
    },
  };
}
