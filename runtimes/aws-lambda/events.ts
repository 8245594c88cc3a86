// The EventBridge envelope every event arrives in, and the three kinds the handler understands.

export interface EventBridgeEvent<D = Record<string, unknown>> {
  version: string;
  /** Unique per event; a duplicate delivery carries the same id. */
  id: string;
  "detail-type": string;
  source: string;
  account: string;
  time: string;
  region: string;
  resources: string[];
  detail: D;
}

export const DETAIL_TYPES = {
  cloudTrail: "AWS API Call via CloudTrail",
  guardDuty: "GuardDuty Finding",
  scheduled: "Scheduled Event",
} as const;

/** The envelope, or undefined when the input is not an EventBridge event at all. */
export function asEventBridgeEvent(input: unknown): EventBridgeEvent | undefined {
  if (!input || typeof input !== "object") return undefined;
  const e = input as Record<string, unknown>;
  const strings = ["id", "detail-type", "source", "account", "region"].every((k) => typeof e[k] === "string");
  if (!strings) return undefined;
  return {
    version: typeof e.version === "string" ? e.version : "0",
    id: e.id as string,
    "detail-type": e["detail-type"] as string,
    source: e.source as string,
    account: e.account as string,
    time: typeof e.time === "string" ? e.time : "",
    region: e.region as string,
    resources: Array.isArray(e.resources) ? (e.resources as string[]) : [],
    detail: e.detail && typeof e.detail === "object" ? (e.detail as Record<string, unknown>) : {},
  };
}

export function partitionOfRegion(region: string): string {
  if (region.startsWith("cn-")) return "aws-cn";
  if (region.startsWith("us-gov-")) return "aws-us-gov";
  return "aws";
}
