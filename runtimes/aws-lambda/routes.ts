// The routing table: which CloudTrail API calls matter, and which resource each one changed. The handler
// re-collects exactly that resource and runs its checks. docs/lambda.md renders this table; a test keeps
// every row working against the fixture of its event (mocks/events/cloudtrail).
import type { AssetKind } from "../../src/model/asset.js";
import { partitionOfRegion, type EventBridgeEvent } from "./events.js";

/** What an event points at: enough to re-collect it and to find its assets afterwards. */
export interface ResourceRef {
  /** Service key shared with the re-collection hooks (providers/aws/collect-one.ts). */
  service: "s3" | "opensearch" | "sagemaker" | "bedrock";
  account: string;
  region: string;
  /** Bucket, domain, endpoint, notebook name; absent for region-wide settings. */
  name?: string;
  /** The ARN the resource's asset carries, when the event determines it. */
  resourceId?: string;
  /** Asset kinds to evaluate when the resource has no single id (or its re-collection was region-wide). */
  kinds: AssetKind[];
}

interface Detail {
  eventSource?: string;
  eventName?: string;
  awsRegion?: string;
  recipientAccountId?: string;
  errorCode?: string;
  requestParameters?: Record<string, unknown> | null;
  responseElements?: Record<string, unknown> | null;
}

export interface CloudTrailRoute {
  eventSource: string;
  eventName: string;
  service: ResourceRef["service"];
  kinds: AssetKind[];
  /** Where the resource id comes from, for the documentation. */
  idFrom: string;
  resource(
    detail: Detail,
    region: string,
    account: string,
    partition: string,
  ): Omit<ResourceRef, "service" | "kinds" | "account" | "region"> | undefined;
}

const param = (d: Detail, key: string): string | undefined => {
  const v = d.requestParameters?.[key];
  return typeof v === "string" && v ? v : undefined;
};
const response = (d: Detail, key: string): string | undefined => {
  const v = d.responseElements?.[key];
  return typeof v === "string" && v ? v : undefined;
};

const bucket = (d: Detail, _r: string, _a: string, partition: string) => {
  const name = param(d, "bucketName");
  return name ? { name, resourceId: `arn:${partition}:s3:::${name}` } : undefined;
};
const S3_CALLS = [
  "PutBucketPolicy",
  "DeleteBucketPolicy",
  "PutBucketAcl",
  "PutPublicAccessBlock",
  "DeletePublicAccessBlock",
  "PutBucketEncryption",
  "DeleteBucketEncryption",
  "CreateBucket",
];

const domain = (d: Detail, region: string, account: string, partition: string) => {
  const status = d.responseElements?.domainStatus as { aRN?: string; domainName?: string } | undefined;
  const name = param(d, "domainName") ?? status?.domainName;
  if (!name) return undefined;
  return { name, resourceId: status?.aRN ?? `arn:${partition}:es:${region}:${account}:domain/${name}` };
};

/** SageMaker ARNs carry the resource name in lower case. */
const sagemaker =
  (nameKey: string, arnKey: string, arnType: string) =>
  (d: Detail, region: string, account: string, partition: string) => {
    const name = param(d, nameKey);
    if (!name) return undefined;
    return {
      name,
      resourceId:
        response(d, arnKey) ??
        `arn:${partition}:sagemaker:${region}:${account}:${arnType}/${name.toLowerCase()}`,
    };
  };

export const CLOUDTRAIL_ROUTES: readonly CloudTrailRoute[] = [
  ...S3_CALLS.map((eventName): CloudTrailRoute => ({
    eventSource: "s3.amazonaws.com",
    eventName,
    service: "s3",
    kinds: ["storage"],
    idFrom: "requestParameters.bucketName → arn:aws:s3:::NAME",
    resource: bucket,
  })),
  ...["CreateDomain", "UpdateDomainConfig"].map((eventName): CloudTrailRoute => ({
    eventSource: "es.amazonaws.com",
    eventName,
    service: "opensearch",
    kinds: ["search"],
    idFrom:
      "responseElements.domainStatus.aRN, else requestParameters.domainName → arn:aws:es:REGION:ACCOUNT:domain/NAME",
    resource: domain,
  })),
  ...["CreateEndpoint", "UpdateEndpoint"].map((eventName): CloudTrailRoute => ({
    eventSource: "sagemaker.amazonaws.com",
    eventName,
    service: "sagemaker",
    kinds: ["model-endpoint"],
    idFrom:
      "responseElements.endpointArn, else requestParameters.endpointName → arn:aws:sagemaker:REGION:ACCOUNT:endpoint/name",
    resource: sagemaker("endpointName", "endpointArn", "endpoint"),
  })),
  {
    eventSource: "sagemaker.amazonaws.com",
    eventName: "CreateEndpointConfig",
    service: "sagemaker",
    kinds: ["model-endpoint"],
    // A new configuration changes nothing until an endpoint uses it; the endpoints that do are re-read.
    idFrom: "requestParameters.endpointConfigName; no single asset: every model endpoint in the region",
    resource: (d) => {
      const name = param(d, "endpointConfigName");
      return name ? { name } : undefined;
    },
  },
  ...["CreateNotebookInstance", "UpdateNotebookInstance"].map((eventName): CloudTrailRoute => ({
    eventSource: "sagemaker.amazonaws.com",
    eventName,
    service: "sagemaker",
    kinds: ["notebook"],
    idFrom:
      "responseElements.notebookInstanceArn, else requestParameters.notebookInstanceName → arn:aws:sagemaker:REGION:ACCOUNT:notebook-instance/name",
    resource: sagemaker("notebookInstanceName", "notebookInstanceArn", "notebook-instance"),
  })),
  ...["PutModelInvocationLoggingConfiguration", "DeleteModelInvocationLoggingConfiguration"].map(
    (eventName): CloudTrailRoute => ({
      eventSource: "bedrock.amazonaws.com",
      eventName,
      service: "bedrock",
      kinds: ["ai-platform"],
      // Invocation logging is a per-account, per-region setting: the region's Bedrock platform asset.
      idFrom: "the event's account and region: Bedrock's account-level settings there",
      resource: () => ({}),
    }),
  ),
];

export type RouteResult =
  { kind: "resource"; route: CloudTrailRoute; ref: ResourceRef } | { kind: "ignored"; reason: string };

/** Finds the route of a CloudTrail event and the resource it changed. */
export function routeCloudTrail(event: EventBridgeEvent): RouteResult {
  const detail = event.detail as Detail;
  const route = CLOUDTRAIL_ROUTES.find(
    (r) => r.eventSource === detail.eventSource && r.eventName === detail.eventName,
  );
  if (!route)
    return {
      kind: "ignored",
      reason: `no route for ${detail.eventSource ?? "?"} ${detail.eventName ?? "?"}`,
    };
  if (detail.errorCode)
    return { kind: "ignored", reason: `${detail.eventName} failed (${detail.errorCode}): nothing changed` };
  const region = detail.awsRegion ?? event.region;
  const account = detail.recipientAccountId ?? event.account;
  const found = route.resource(detail, region, account, partitionOfRegion(region));
  if (!found) return { kind: "ignored", reason: `${detail.eventName} names no resource (${route.idFrom})` };
  return {
    kind: "resource",
    route,
    ref: { service: route.service, account, region, kinds: route.kinds, ...found },
  };
}
