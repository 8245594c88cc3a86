// "GuardDuty Finding" events: the finding (EventBridge carries it in the API's camelCase JSON) becomes a
// NativeFinding, its resource is re-collected, and the merge engine (src/merge) joins the two with its own
// rules — escalating to "threat.exposed-under-attack" when the resource is also exposed, else keeping the
// threat as "native.guardduty:<type>". This module only translates the event; the rules are the merge's.
import { z } from "zod";
import { mergeNative } from "../../src/merge/index.js";
import type { Asset } from "../../src/model/asset.js";
import type { Finding } from "../../src/model/finding.js";
import type { NativeFinding } from "../../src/model/native-finding.js";
import type { Severity } from "../../src/model/severity.js";
import { partitionOfRegion, type EventBridgeEvent } from "./events.js";
import type { ResourceRef } from "./routes.js";

/**
 * The part of a GuardDuty finding (the API's camelCase JSON) this module reads. Parsed, not cast: the event is
 * the sender's JSON, and a field of the wrong type is a reason to ignore the event, not an exception.
 */
const optionalText = z.string().nullish();
const guardDutyDetailSchema = z.object({
  id: z.string().min(1, "no finding id"),
  type: z.string().min(1, "no finding type"),
  accountId: optionalText,
  region: optionalText,
  title: optionalText,
  description: optionalText,
  severity: z.number().finite().nullish(),
  resource: z
    .object({
      resourceType: optionalText,
      s3BucketDetails: z.array(z.object({ arn: optionalText, name: optionalText })).nullish(),
    })
    .nullish(),
  service: z
    .object({
      archived: z.boolean().nullish(),
      count: z.number().int().nonnegative().nullish(),
      eventFirstSeen: optionalText,
      eventLastSeen: optionalText,
    })
    .nullish(),
});

/** GuardDuty's severity bands (User Guide, "Severity levels for GuardDuty findings"). */
export function guardDutySeverityLabel(value: number | undefined | null): Severity {
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
  const parsed = guardDutyDetailSchema.safeParse(event.detail);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.map(String).join(".") || "detail";
    return {
      kind: "ignored",
      reason: `GuardDuty finding not understood: ${where}: ${issue?.message ?? "invalid"}`,
    };
  }
  const d = parsed.data;
  const region = d.region || event.region;
  const account = d.accountId || event.account;
  const partition = partitionOfRegion(region);
  const buckets = (d.resource?.s3BucketDetails ?? []).filter((b) => b.name || b.arn);
  if (!d.resource || d.resource.resourceType !== "S3Bucket" || buckets.length === 0)
    return {
      kind: "ignored",
      reason: `GuardDuty ${d.type} concerns a ${d.resource?.resourceType ?? "resource"} aiposture does not collect`,
    };
  const refs: ResourceRef[] = buckets.map((b) => {
    const name = b.name || b.arn!.replace(/^arn:[^:]+:s3:::/, "");
    return {
      service: "s3",
      account,
      region,
      name,
      resourceId: b.arn || `arn:${partition}:s3:::${name}`,
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
    title: d.title || d.type,
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
