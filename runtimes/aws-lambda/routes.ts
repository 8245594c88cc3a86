// The routing table: which CloudTrail API calls matter, and which resource each one changed — derived from the
// service manifests' cloudTrailRoutes. The handler re-collects exactly that resource and runs its checks.
// docs/lambda.md renders this table; a test keeps every row working against the fixture of its event
// (mocks/events/cloudtrail).
import type { AssetKind } from "../../src/model/asset.js";
import type { CloudTrailDetail, CloudTrailRoute } from "../../providers/aws/cloudtrail.js";
import { AWS_SERVICES } from "../../providers/aws/services.js";
import { partitionOfRegion, type EventBridgeEvent } from "./events.js";

/** What an event points at: enough to re-collect it and to find its assets afterwards. */
export interface ResourceRef {
  /** The id of the service manifest that routes it (its collectOne / collect re-reads it). */
  service: string;
  account: string;
  region: string;
  /** Bucket, domain, endpoint, notebook name; absent for region-wide settings. */
  name?: string;
  /** The ARN the resource's asset carries, when the event determines it. */
  resourceId?: string;
  /** Asset kinds to evaluate when the resource has no single id (or its re-collection was region-wide). */
  kinds: AssetKind[];
}

/** A manifest's route with the service it belongs to. */
export interface ServiceRoute extends CloudTrailRoute {
  service: string;
}

export const CLOUDTRAIL_ROUTES: readonly ServiceRoute[] = AWS_SERVICES.flatMap((service) =>
  (service.cloudTrailRoutes ?? []).map((route) => ({ ...route, service: service.id })),
);

export type RouteResult =
  { kind: "resource"; route: ServiceRoute; ref: ResourceRef } | { kind: "ignored"; reason: string };

/** Finds the route of a CloudTrail event and the resource it changed. */
export function routeCloudTrail(event: EventBridgeEvent): RouteResult {
  const detail = event.detail as CloudTrailDetail;
  const route = CLOUDTRAIL_ROUTES.find(
    (r) => r.eventSource === detail.eventSource && r.eventName === detail.eventName,
  );
  if (!route)
    return {
      kind: "ignored",
      reason: `no route for ${text(detail.eventSource) ?? "?"} ${text(detail.eventName) ?? "?"}`,
    };
  if (detail.errorCode)
    return {
      kind: "ignored",
      reason: `${route.eventName} failed (${text(detail.errorCode) ?? "error"}): nothing changed`,
    };
  // The record is the sender's JSON: a field of the wrong type falls back to the envelope, never throws.
  const region = text(detail.awsRegion) ?? event.region;
  const account = text(detail.recipientAccountId) ?? event.account;
  const found = route.resource(
    {
      ...detail,
      requestParameters: record(detail.requestParameters),
      responseElements: record(detail.responseElements),
    },
    region,
    account,
    partitionOfRegion(region),
  );
  if (!found || (found.name !== undefined && typeof found.name !== "string"))
    return { kind: "ignored", reason: `${route.eventName} names no resource (${route.idFrom})` };
  return {
    kind: "resource",
    route,
    ref: { service: route.service, account, region, kinds: route.kinds, ...found },
  };
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value ? value : undefined;
}

function record(value: unknown): Record<string, unknown> | null {
  return value && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}
