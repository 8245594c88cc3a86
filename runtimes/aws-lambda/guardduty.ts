// "GuardDuty Finding" events: the finding (EventBridge carries it in the API's camelCase JSON) becomes a
// NativeFinding, its resource is re-collected, and the merge engine (src/merge) joins the two with its own
// rules — escalating to "threat.exposed-under-attack" when the resource is also exposed, else keeping the
// threat as "native.guardduty:<type>". This module only translates the event; the rules are the merge's.
import { mergeNative } from "../../src/merge/index.js";
import type { Asset } from "../../src/model/asset.js";
import type { Finding } from "../../src/model/finding.js";
import type { NativeFinding } from "../../src/model/native-finding.js";
import type { Severity } from "../../src/model/severity.js";
import { partitionOfRegion, type EventBridgeEvent } from "./events.js";
import type { ResourceRef } from "./routes.js";

interface GuardDutyDetail {
  id?: string;
  accountId?: string;
  region?: string;
  type?: string;
  title?: string;
  description?: string;
  severity?: number;
  resource?: {
    resourceType?: string;
    s3BucketDetails?: Array<{ arn?: string; name?: string }>;
  };
  service?: { archived?: boolean; count?: number; eventFirstSeen?: string; eventLastSeen?: string };
}

/** GuardDuty's severity bands (User Guide, "Severity levels for GuardDuty findings"). */
export function guardDutySeverityLabel(value: number | undefined): Severity {
  const v = value ?? 0;
  if (v >= 9) return "critical";
  if (v >= 7) return "high";
  if (v >= 4) return "medium";
  return "low";
}

export type GuardDutyRoute =
  { kind: "resource"; native: NativeFinding; refs: ResourceRef[] } | { kind: "ignored"; reason: string };

/** The native finding and the resources to re-collect; only resource types aiposture collects are routed. */
export function routeGuardDuty(event: EventBridgeEvent): GuardDutyRoute {
  const d = event.detail as GuardDutyDetail;
  if (!d.id || !d.type) return { kind: "ignored", reason: "GuardDuty finding without id or type" };
  const region = d.region ?? event.region;
  const account = d.accountId ?? event.account;
  const partition = partitionOfRegion(region);
  const buckets = bucketDetails(d.resource?.s3BucketDetails);
  if (d.resource?.resourceType !== "S3Bucket" || buckets.length === 0)
    return {
      kind: "ignored",
      reason: `GuardDuty ${d.type} concerns a ${d.resource?.resourceType ?? "resource"} aiposture does not collect`,
    };
  const refs: ResourceRef[] = buckets.map((b) => {
    const name = b.name ?? b.arn!.replace(/^arn:[^:]+:s3:::/, "");
    return {
      service: "s3",
      account,
      region,
      name,
      resourceId: b.arn ?? `arn:${partition}:s3:::${name}`,
      kinds: ["storage"],
    };
  });
  const native: NativeFinding = {
    source: "guardduty",
    provider: "aws",
    account,
    region,
    nativeId: d.id,
    type: d.type,
    foldKey: d.type,
    kind: d.type.startsWith("Policy:") ? "posture" : "threat",
    active: d.service?.archived !== true,
    title: d.title ?? d.type,
    ...(d.description ? { description: d.description } : {}),
    severity: guardDutySeverityLabel(d.severity),
    nativeSeverity: d.severity ?? 0,
    resourceIds: refs.map((r) => r.resourceId!),
    resourceType: d.resource.resourceType,
    count: d.service?.count ?? 1,
    ...(d.service?.eventFirstSeen ? { firstSeen: d.service.eventFirstSeen } : {}),
    ...(d.service?.eventLastSeen ? { lastSeen: d.service.eventLastSeen } : {}),
  };
  return { kind: "resource", native, refs };
}

/**
 * Joins the native finding to the re-collected posture. Returns the merge's findings about the threat:
 * the escalated finding, a kept native finding, or a folded check result carrying the native evidence.
 */
export function joinThreat(
  native: NativeFinding,
  findings: readonly Finding[],
  assets: readonly Asset[],
): Finding[] {
  const merged = mergeNative({
    findings,
    assets,
    native: [native],
    // The event itself proves GuardDuty is on here; no coverage gap to report.
    sources: [
      {
        source: "guardduty",
        provider: "aws",
        account: native.account,
        region: native.region,
        state: "read",
        detail: "event",
        findings: 1,
      },
    ],
  });
  // Folded findings are our own checks' results (their transitions alert as usual); escalated and kept ones are new.
  return merged.findings.filter(
    (f) =>
      (f.checkId.startsWith("threat.") || f.checkId.startsWith("native.")) &&
      f.native?.some((n) => n.id === native.nativeId),
  );
}

/** The event's bucket entries with a name or ARN; anything that is not a list of objects names no bucket. */
function bucketDetails(details: unknown): Array<{ arn?: string; name?: string }> {
  if (!Array.isArray(details)) return [];
  return details.flatMap((entry: unknown) => {
    if (!entry || typeof entry !== "object") return [];
    const { name, arn } = entry as { name?: unknown; arn?: unknown };
    const out = {
      ...(typeof name === "string" && name ? { name } : {}),
      ...(typeof arn === "string" && arn ? { arn } : {}),
    };
    return out.name || out.arn ? [out] : [];
  });
}
