// EventBridge event fixtures in their real shapes: "AWS API Call via CloudTrail" (one per routed API call, plus
// a failed call and an unrouted one), "GuardDuty Finding" (S3 and EC2) and "Scheduled Event". Tests load them
// and retarget them (another bucket, a fresh event id) without editing the JSON.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { randomUUID } from "node:crypto";

export const EVENTS_DIR = dirname(fileURLToPath(import.meta.url));

/** An EventBridge event as delivered to Lambda. */
export interface EventBridgeEvent {
  version: string;
  id: string;
  "detail-type": string;
  source: string;
  account: string;
  time: string;
  region: string;
  resources: string[];
  detail: Record<string, unknown>;
}

/** e.g. loadEvent("cloudtrail/s3-put-bucket-policy") */
export function loadEvent(name: string): EventBridgeEvent {
  const file = name.endsWith(".json") ? name : `${name}.json`;
  return JSON.parse(readFileSync(join(EVENTS_DIR, file), "utf8")) as EventBridgeEvent;
}

/** The same event as a new delivery of a different occurrence (EventBridge ids are unique per event). */
export function withNewId(event: EventBridgeEvent): EventBridgeEvent {
  return { ...structuredClone(event), id: randomUUID() };
}

/** A CloudTrail S3 event or GuardDuty S3 finding retargeted at another bucket (names, ARNs and Host). */
export function forBucket(
  event: EventBridgeEvent,
  bucket: string,
  from = "ai-training-data",
): EventBridgeEvent {
  return JSON.parse(JSON.stringify(event).split(from).join(bucket)) as EventBridgeEvent;
}

/** A CloudTrail PutBucketPolicy event carrying a given policy document. */
export function putBucketPolicyEvent(bucket: string, policy: object): EventBridgeEvent {
  const event = withNewId(forBucket(loadEvent("cloudtrail/s3-put-bucket-policy"), bucket));
  (event.detail.requestParameters as Record<string, unknown>).bucketPolicy = policy;
  return event;
}
