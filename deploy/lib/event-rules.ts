// EventBridge patterns for the events the Lambda handles, generated from its routing table
// (runtimes/aws-lambda/routes.ts), so a route added there is a rule here without another edit.
import type { EventPattern } from "aws-cdk-lib/aws-events";
import { CLOUDTRAIL_ROUTES } from "../../runtimes/aws-lambda/routes.js";
import { DETAIL_TYPES } from "../../runtimes/aws-lambda/events.js";

export interface CloudTrailRule {
  /** Construct id suffix, e.g. "S3". */
  id: string;
  eventSource: string;
  eventNames: string[];
  pattern: EventPattern;
}

/** CloudTrail events reach EventBridge with source "aws.<service>", the eventSource's first label. */
export function eventBridgeSource(eventSource: string): string {
  return `aws.${eventSource.split(".")[0]}`;
}

/** One rule per event source, matching its event names; failed calls (errorCode set) changed nothing. */
export function cloudTrailRules(): CloudTrailRule[] {
  const bySource = new Map<string, string[]>();
  for (const route of CLOUDTRAIL_ROUTES) {
    const names = bySource.get(route.eventSource) ?? [];
    if (!names.includes(route.eventName)) names.push(route.eventName);
    bySource.set(route.eventSource, names);
  }
  return [...bySource].map(([eventSource, eventNames]) => {
    const service = eventSource.split(".")[0] ?? eventSource;
    return {
      id:
        service === "es"
          ? "OpenSearch"
          : service
              .split("-")
              .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
              .join(""),
      eventSource,
      eventNames,
      pattern: {
        source: [eventBridgeSource(eventSource)],
        detailType: [DETAIL_TYPES.cloudTrail],
        detail: { eventSource: [eventSource], eventName: eventNames, errorCode: [{ exists: false }] },
      },
    };
  });
}

export const GUARDDUTY_PATTERN: EventPattern = {
  source: ["aws.guardduty"],
  detailType: [DETAIL_TYPES.guardDuty],
};
