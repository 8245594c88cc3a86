// The shape of a CloudTrail route: which API call (event source + name) changed which resource of a service.
// Services declare their routes in their manifest; the Lambda runtime and the EventBridge rules derive from them.
import type { AssetKind } from "../../src/model/asset.js";

/** The part of a CloudTrail record (EventBridge `detail`) a route reads. */
export interface CloudTrailDetail {
  eventSource?: string;
  eventName?: string;
  awsRegion?: string;
  recipientAccountId?: string;
  errorCode?: string;
  requestParameters?: Record<string, unknown> | null;
  responseElements?: Record<string, unknown> | null;
}

/** The resource an event names: enough to re-read it, and its asset id when the event determines it. */
export interface RoutedResource {
  /** Bucket, domain, endpoint, notebook name; absent for region-wide settings. */
  name?: string;
  /** The ARN the resource's asset carries. */
  resourceId?: string;
}

export interface CloudTrailRoute {
  eventSource: string;
  eventName: string;
  /** Asset kinds to evaluate when the resource has no single id (or its re-collection was region-wide). */
  kinds: AssetKind[];
  /** Where the resource id comes from, for the documentation. */
  idFrom: string;
  resource(
    detail: CloudTrailDetail,
    region: string,
    account: string,
    partition: string,
  ): RoutedResource | undefined;
}

export function requestParameter(detail: CloudTrailDetail, key: string): string | undefined {
  const value = detail.requestParameters?.[key];
  return typeof value === "string" && value ? value : undefined;
}

export function responseElement(detail: CloudTrailDetail, key: string): string | undefined {
  const value = detail.responseElements?.[key];
  return typeof value === "string" && value ? value : undefined;
}

/** One route per event name, sharing everything else. */
export function routesFor(
  eventSource: string,
  eventNames: readonly string[],
  route: Omit<CloudTrailRoute, "eventSource" | "eventName">,
): CloudTrailRoute[] {
  return eventNames.map((eventName) => ({ eventSource, eventName, ...route }));
}
