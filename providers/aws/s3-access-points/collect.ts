import {
  GetAccessPointCommand,
  GetAccessPointPolicyCommand,
  GetAccessPointPolicyStatusCommand,
  ListAccessPointsCommand,
  S3ControlClient,
  type AccessPoint,
} from "@aws-sdk/client-s3-control";
import { createAwsClient, fixedEndpointProvider } from "../clients.js";
import type { AwsCollectContext } from "../context.js";
import { regionsToScan } from "../regions.js";
import { forEachBounded } from "../../../src/engine/resource-pool.js";

export const S3_CONTROL_CLIENT = "s3-control";
export const ACCESS_POINT_TYPE = "aws.s3.access-point";
/** GetAccessPointPolicy on an access point without a policy (S3 Control API Reference). */
const NO_POLICY_CODES = ["NoSuchAccessPointPolicy"];

function controlClient(ctx: AwsCollectContext, region: string): S3ControlClient {
  return createAwsClient(S3ControlClient, ctx.options, region, fixedEndpointProvider(ctx.options.endpoint));
}

/**
 * S3 access points of the account, per region: ListAccessPoints (paginated with NextToken; access points are
 * regional, so each region is listed), then GetAccessPoint, GetAccessPointPolicy and GetAccessPointPolicyStatus
 * per access point.
 */
export async function collectAccessPoints(ctx: AwsCollectContext): Promise<void> {
  if (ctx.account === "unknown") return;
  await Promise.all(regionsToScan(ctx.options).map((region) => collectRegion(ctx, region)));
}

async function collectRegion(ctx: AwsCollectContext, region: string): Promise<void> {
  const client = controlClient(ctx, region);
  try {
    const points: AccessPoint[] = [];
    let token: string | undefined;
    do {
      const page = await ctx.reader.read<{ AccessPointList?: AccessPoint[]; NextToken?: string }>(
        S3_CONTROL_CLIENT,
        client,
        new ListAccessPointsCommand({ AccountId: ctx.account, ...(token ? { NextToken: token } : {}) }),
        { region },
      );
      if (!page.ok) return;
      for (const point of page.value?.AccessPointList ?? []) if (point.Name) points.push(point);
      token = page.value?.NextToken;
    } while (token);
    if (points.length > 0) {
      ctx.options.onProgress?.(`aws ${ctx.account} ${region}: ${points.length} S3 access points`);
    }
    await forEachBounded(points, ctx.options.concurrency, async (point) => {
      await recordAccessPoint(ctx, client, region, point.Name!, point);
    });
  } finally {
    client.destroy();
  }
}

/** Re-reads one access point (the Lambda's single-resource hook); answers the bucket it fronts, when read. */
export async function collectOneAccessPoint(
  ctx: AwsCollectContext,
  region: string,
  name: string,
): Promise<string | undefined> {
  const client = controlClient(ctx, region);
  try {
    return await recordAccessPoint(ctx, client, region, name);
  } finally {
    client.destroy();
  }
}

async function recordAccessPoint(
  ctx: AwsCollectContext,
  client: S3ControlClient,
  region: string,
  name: string,
  /** The listing's summary: it names the bucket even when GetAccessPoint fails. */
  summary?: AccessPoint,
): Promise<string | undefined> {
  const scope = { region, resource: name };
  const id = { AccountId: ctx.account, Name: name };
  const [point, policy, status] = await Promise.all([
    ctx.reader.read<Record<string, unknown>>(S3_CONTROL_CLIENT, client, new GetAccessPointCommand(id), scope),
    ctx.reader.read<{ Policy?: string }>(S3_CONTROL_CLIENT, client, new GetAccessPointPolicyCommand(id), {
      ...scope,
      absentCodes: NO_POLICY_CODES,
    }),
    ctx.reader.read<{ PolicyStatus?: unknown }>(
      S3_CONTROL_CLIENT,
      client,
      new GetAccessPointPolicyStatusCommand(id),
      { ...scope, absentCodes: NO_POLICY_CODES },
    ),
  ]);
  const replies: Record<string, unknown> = summary ? { ListAccessPoints: summary } : {};
  if (point.ok) replies.GetAccessPoint = point.value ?? null;
  if (policy.ok) replies.GetAccessPointPolicy = policy.value?.Policy ?? null;
  if (status.ok) replies.GetAccessPointPolicyStatus = status.value?.PolicyStatus ?? null;
  ctx.inventory.records.push({
    provider: "aws",
    account: ctx.account,
    region,
    service: "s3-access-points",
    resourceType: ACCESS_POINT_TYPE,
    resourceId: `arn:${ctx.partition}:s3:${region}:${ctx.account}:accesspoint/${name}`,
    name,
    replies,
  });
  const bucket = (point.ok ? point.value?.Bucket : undefined) ?? summary?.Bucket;
  return typeof bucket === "string" && bucket ? bucket : undefined;
}
