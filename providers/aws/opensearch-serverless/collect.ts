import {
  BatchGetCollectionCommand,
  GetSecurityPolicyCommand,
  ListCollectionsCommand,
  ListSecurityPoliciesCommand,
  ListTagsForResourceCommand,
  OpenSearchServerlessClient,
  type CollectionDetail,
  type CollectionSummary,
  type SecurityPolicyDetail,
  type SecurityPolicySummary,
  type Tag,
} from "@aws-sdk/client-opensearchserverless";
import { createAwsClient, ClientCache } from "../clients.js";
import type { AwsCollectContext } from "../context.js";
import { readInBatches } from "../opensearch/batches.js";
import { regionsToScan } from "../regions.js";
import { forEachBounded } from "../../../src/engine/resource-pool.js";

export const AOSS_CLIENT = "opensearchserverless";
export const AOSS_COLLECTION_TYPE = "aws.aoss.collection";
/** BatchGetCollection accepts at most 100 ids per call. */
export const BATCH_GET_COLLECTION_MAX = 100;
export const POLICY_TYPES = ["network", "encryption"] as const;
export type PolicyType = (typeof POLICY_TYPES)[number];

/** Reply keys on a collection record: "<type>:ListSecurityPolicies" and "<type>:GetSecurityPolicy". */
export const policyListKey = (type: PolicyType) => `${type}:ListSecurityPolicies`;
export const policyDetailsKey = (type: PolicyType) => `${type}:GetSecurityPolicy`;

interface RegionPolicies {
  /** Undefined when the listing failed: every collection's setting of this type is then unknown. */
  summaries?: SecurityPolicySummary[];
  details: SecurityPolicyDetail[];
}

/**
 * OpenSearch Serverless collections. Per region: ListCollections (paginated), BatchGetCollection (100 per call),
 * ListSecurityPolicies for network and encryption policies (paginated) with GetSecurityPolicy for each policy's
 * document, and ListTagsForResource per collection. Policies are region-wide: each collection record carries
 * the region's policies, and normalization matches their rules to the collection's name.
 */
export async function collectOpenSearchServerless(ctx: AwsCollectContext): Promise<void> {
  const clients = new ClientCache((region) =>
    createAwsClient(OpenSearchServerlessClient, ctx.options, region),
  );
  try {
    await Promise.all(
      regionsToScan(ctx.options).map((region) => collectRegion(ctx, clients.get(region), region)),
    );
  } finally {
    clients.destroyAll();
  }
}

async function collectRegion(
  ctx: AwsCollectContext,
  client: OpenSearchServerlessClient,
  region: string,
): Promise<void> {
  const summaries = await listCollections(ctx, client, region);
  if (!summaries || summaries.length === 0) return;
  ctx.options.onProgress?.(
    `aws ${ctx.account} ${region}: ${summaries.length} OpenSearch Serverless collections`,
  );

  const [details, network, encryption] = await Promise.all([
    batchGetCollections(ctx, client, region, summaries),
    readPolicies(ctx, client, region, "network"),
    readPolicies(ctx, client, region, "encryption"),
  ]);
  const policies: Record<PolicyType, RegionPolicies> = { network, encryption };

  await forEachBounded(summaries, ctx.options.concurrency, async (summary) => {
    const id = summary.id;
    const name = summary.name;
    if (!id || !name) return;
    const arn = summary.arn ?? `arn:${ctx.partition}:aoss:${region}:${ctx.account}:collection/${id}`;
    const replies: Record<string, unknown> = { ListCollections: summary };
    const detail = details.get(id);
    if (detail) replies.BatchGetCollection = detail;
    for (const type of POLICY_TYPES) {
      const { summaries: listed, details: read } = policies[type];
      if (listed) {
        replies[policyListKey(type)] = listed;
        replies[policyDetailsKey(type)] = read;
      }
    }
    const tags = await ctx.reader.read<{ tags?: Tag[] }>(
      AOSS_CLIENT,
      client,
      new ListTagsForResourceCommand({ resourceArn: arn }),
      { region, resource: name },
    );
    if (tags.ok) replies.ListTagsForResource = tags.value?.tags ?? [];
    ctx.inventory.records.push({
      provider: "aws",
      account: ctx.account,
      region,
      service: AOSS_CLIENT,
      resourceType: AOSS_COLLECTION_TYPE,
      resourceId: arn,
      name,
      replies,
    });
  });
}

/**
 * OpenSearch Serverless is offered in fewer regions than the default list holds, and a region without it has no
 * DNS name for the service. When the region was not asked for by name (and no endpoint overrides AWS's), that
 * answer means "no collections here", not a coverage gap; a region named with --regions still reports it.
 */
function notOfferedCodes(ctx: AwsCollectContext): string[] {
  return ctx.options.regions || ctx.options.endpoint ? [] : ["ENOTFOUND"];
}

/** Every page, or undefined when any page fails (a partial list would hide collections). */
async function listCollections(
  ctx: AwsCollectContext,
  client: OpenSearchServerlessClient,
  region: string,
): Promise<CollectionSummary[] | undefined> {
  const out: CollectionSummary[] = [];
  let token: string | undefined;
  do {
    const page = await ctx.reader.read<{ collectionSummaries?: CollectionSummary[]; nextToken?: string }>(
      AOSS_CLIENT,
      client,
      new ListCollectionsCommand({ maxResults: 100, ...(token ? { nextToken: token } : {}) }),
      { region, absentCodes: notOfferedCodes(ctx) },
    );
    if (!page.ok) return undefined;
    out.push(...(page.value?.collectionSummaries ?? []));
    token = page.value?.nextToken;
  } while (token);
  return out;
}

async function batchGetCollections(
  ctx: AwsCollectContext,
  client: OpenSearchServerlessClient,
  region: string,
  summaries: CollectionSummary[],
): Promise<Map<string, CollectionDetail>> {
  const ids = summaries.map((s) => s.id).filter((id): id is string => Boolean(id));
  const replies = await readInBatches(
    ids,
    BATCH_GET_COLLECTION_MAX,
    (batch) =>
      ctx.reader.read<{ collectionDetails?: CollectionDetail[] }>(
        AOSS_CLIENT,
        client,
        new BatchGetCollectionCommand({ ids: batch }),
        { region, resource: batch.join(",") },
      ),
    ctx.inventory.errors,
    { region, operation: "BatchGetCollection", resource: (batch) => batch.join(",") },
  );
  const details = new Map<string, CollectionDetail>();
  for (const reply of replies) for (const d of reply.collectionDetails ?? []) if (d.id) details.set(d.id, d);
  return details;
}

async function readPolicies(
  ctx: AwsCollectContext,
  client: OpenSearchServerlessClient,
  region: string,
  type: PolicyType,
): Promise<RegionPolicies> {
  const summaries: SecurityPolicySummary[] = [];
  let token: string | undefined;
  do {
    const page = await ctx.reader.read<{
      securityPolicySummaries?: SecurityPolicySummary[];
      nextToken?: string;
    }>(
      AOSS_CLIENT,
      client,
      new ListSecurityPoliciesCommand({ type, maxResults: 100, ...(token ? { nextToken: token } : {}) }),
      { region, resource: type },
    );
    if (!page.ok) return { details: [] };
    summaries.push(...(page.value?.securityPolicySummaries ?? []));
    token = page.value?.nextToken;
  } while (token);

  const details = await Promise.all(
    summaries.map(async (summary) => {
      if (!summary.name) return undefined;
      const result = await ctx.reader.read<{ securityPolicyDetail?: SecurityPolicyDetail }>(
        AOSS_CLIENT,
        client,
        new GetSecurityPolicyCommand({ type, name: summary.name }),
        { region, resource: summary.name },
      );
      return result.ok ? result.value?.securityPolicyDetail : undefined;
    }),
  );
  return { summaries, details: details.filter((d): d is SecurityPolicyDetail => d !== undefined) };
}
