import {
  DescribeBucketsCommand,
  GetAutomatedDiscoveryConfigurationCommand,
  GetMacieSessionCommand,
  Macie2Client,
  type BucketMetadata,
} from "@aws-sdk/client-macie2";
import { ClientCache, createAwsClient } from "../clients.js";
import type { AwsCollectContext } from "../context.js";
import { regionsToScan } from "../regions.js";

export const MACIE_CLIENT = "macie2";
export const MACIE_SESSION_TYPE = "aws.macie.session";
/** DescribeBuckets allows at most 50 per page. */
const PAGE_MAX = 50;
/** Macie's answer to any call in a region where it is off (an answer: Macie is disabled there). */
const NOT_ENABLED = /Macie is not enabled/i;

/** The record of one region's Macie; its name is also the `resource` of every error entry for it. */
export function macieScopeName(region: string): string {
  return `macie/${region}`;
}

/**
 * Macie per region: GetMacieSession (off is an answer, recorded as null), then, when on,
 * GetAutomatedDiscoveryConfiguration and DescribeBuckets (nextToken pages; the reader ends a listing whose token
 * repeats or that runs past its page cap). One record per region, even where Macie is off.
 */
export async function collectMacie(ctx: AwsCollectContext): Promise<void> {
  const clients = new ClientCache((region) => createAwsClient(Macie2Client, ctx.options, region));
  try {
    await Promise.all(
      regionsToScan(ctx.options).map((region) => collectRegion(ctx, clients.get(region), region)),
    );
  } finally {
    clients.destroyAll();
  }
}

async function collectRegion(ctx: AwsCollectContext, client: Macie2Client, region: string): Promise<void> {
  const name = macieScopeName(region);
  const scope = { region, resource: name };
  const replies: Record<string, unknown> = {};
  ctx.inventory.records.push({
    provider: "aws",
    account: ctx.account,
    region,
    service: MACIE_CLIENT,
    resourceType: MACIE_SESSION_TYPE,
    resourceId: `arn:${ctx.partition}:macie2:${region}:${ctx.account}:session`,
    name,
    replies,
  });
  const session = await ctx.reader.read<Record<string, unknown>>(
    MACIE_CLIENT,
    client,
    new GetMacieSessionCommand({}),
    { ...scope, absentCodes: ["AccessDeniedException"], absentMessage: NOT_ENABLED },
  );
  if (!session.ok) return;
  replies.GetMacieSession = session.value;
  if (session.value === null) return;
  const [discovery, buckets] = await Promise.all([
    ctx.reader.read<Record<string, unknown>>(
      MACIE_CLIENT,
      client,
      new GetAutomatedDiscoveryConfigurationCommand({}),
      scope,
    ),
    describeBuckets(ctx, client, scope),
  ]);
  if (discovery.ok) replies.GetAutomatedDiscoveryConfiguration = discovery.value;
  if (buckets) replies.DescribeBuckets = { buckets };
}

/** Every page, or undefined when any page failed: a partial list would leave buckets silently unscored. */
async function describeBuckets(
  ctx: AwsCollectContext,
  client: Macie2Client,
  scope: { region: string; resource: string },
): Promise<BucketMetadata[] | undefined> {
  const buckets: BucketMetadata[] = [];
  let token: string | undefined;
  do {
    const page = await ctx.reader.read<{ buckets?: BucketMetadata[]; nextToken?: string }>(
      MACIE_CLIENT,
      client,
      new DescribeBucketsCommand({ maxResults: PAGE_MAX, ...(token ? { nextToken: token } : {}) }),
      scope,
    );
    if (!page.ok) return undefined;
    buckets.push(...(page.value?.buckets ?? []));
    token = page.value?.nextToken;
  } while (token);
  return buckets;
}
