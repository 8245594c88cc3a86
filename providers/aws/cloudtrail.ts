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
  /** The resources CloudTrail names (`[{ type, ARN }]`), where the service records them; the sender's JSON. */
  resources?: unknown;
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

/** A string nested in responseElements (`responseAt(detail, "agent", "agentArn")`), or undefined. */
export function responseAt(detail: CloudTrailDetail, ...path: string[]): string | undefined {
  let value: unknown = detail.responseElements;
  for (const key of path)
    value = value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
  return typeof value === "string" && value ? value : undefined;
}

/**
 * A resource named by an ARN in the response, else by an identifier in the request (an id, or an ARN where the
 * API accepts either) from which `arn:PARTITION:SERVICE:REGION:ACCOUNT:TYPE/ID` is built; a create call's request
 * carries only a name (`nameKeys`), which names the target but not its ARN. With neither ARN nor id the event
 * still routes, with no single id: every asset of the route's kinds in the region is evaluated.
 */
export function arnRouted(
  service: string,
  arnType: string,
  ids: { response: readonly string[]; request?: readonly string[]; nameKeys?: readonly string[] },
) {
  return (detail: CloudTrailDetail, region: string, account: string, partition: string): RoutedResource => {
    const first = (keys: readonly string[] = []) =>
      keys.map((k) => requestParameter(detail, k)).find((v) => v !== undefined);
    const arn = responseAt(detail, ...ids.response);
    const id = first(ids.request);
    const name = id ?? first(ids.nameKeys);
    if (arn?.startsWith("arn:")) return { name: name ?? arn, resourceId: arn };
    if (id?.startsWith("arn:")) return { name: id, resourceId: id };
    if (id)
      return { name: id, resourceId: `arn:${partition}:${service}:${region}:${account}:${arnType}/${id}` };
    return name ? { name } : {};
  };
}

/** The ARN of the first resource of this type the record lists (`resources[].type`, `.ARN`). */
export function resourceArn(detail: CloudTrailDetail, type: string): string | undefined {
  if (!Array.isArray(detail.resources)) return undefined;
  for (const item of detail.resources as unknown[]) {
    const entry = item && typeof item === "object" ? (item as Record<string, unknown>) : {};
    if (entry.type === type && typeof entry.ARN === "string" && entry.ARN) return entry.ARN;
  }
  return undefined;
}
