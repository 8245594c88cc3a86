import {
  DescribeDomainsCommand,
  ListDomainNamesCommand,
  ListTagsCommand,
  OpenSearchClient,
  type DomainInfo,
  type DomainStatus,
  type Tag,
} from "@aws-sdk/client-opensearch";
import { createAwsClient, ClientCache } from "../clients.js";
import { KeyDescriber, KMS_KEY_REPLY } from "../kms/describe-key.js";
import type { AwsCollectContext } from "../context.js";
import { regionsToScan } from "../regions.js";
import { readInBatches } from "./batches.js";
import { forEachBounded } from "../../../src/engine/resource-pool.js";

export const OPENSEARCH_CLIENT = "opensearch";
export const OPENSEARCH_DOMAIN_TYPE = "aws.opensearch.domain";
/** DescribeDomains accepts at most five names per call (OpenSearch Service API Reference). */
export const DESCRIBE_DOMAINS_MAX = 5;

/**
 * OpenSearch Service domains, both engines (ListDomainNames without EngineType returns OpenSearch and legacy
 * Elasticsearch domains). Per region: ListDomainNames, DescribeDomains in batches of five, ListTags per domain.
 * DescribeDomains already carries ServiceSoftwareOptions, so a pending update needs no further call. An encrypted
 * domain's KmsKeyId is a key ARN whether it is the AWS managed aws/es key or a customer managed key, so each
 * distinct key is described once (KMS DescribeKey) to tell them apart.
 */
export async function collectOpenSearch(ctx: AwsCollectContext): Promise<void> {
  const clients = new ClientCache((region) => createAwsClient(OpenSearchClient, ctx.options, region));
  const keys = new KeyDescriber(ctx);
  try {
    await Promise.all(
      regionsToScan(ctx.options).map((region) => collectRegion(ctx, clients.get(region), keys, region)),
    );
  } finally {
    clients.destroyAll();
    keys.destroy();
  }
}

async function collectRegion(
  ctx: AwsCollectContext,
  client: OpenSearchClient,
  keys: KeyDescriber,
  region: string,
): Promise<void> {
  const listed = await ctx.reader.read<{ DomainNames?: DomainInfo[] }>(
    OPENSEARCH_CLIENT,
    client,
    new ListDomainNamesCommand({}),
    { region },
  );
  if (!listed.ok) return;
  const domains = (listed.value?.DomainNames ?? []).filter((d): d is DomainInfo & { DomainName: string } =>
    Boolean(d.DomainName),
  );
  if (domains.length === 0) return;
  ctx.options.onProgress?.(`aws ${ctx.account} ${region}: ${domains.length} OpenSearch domains`);

  const { statuses, answered } = await describeDomains(
    ctx,
    client,
    region,
    domains.map((d) => d.DomainName),
  );
  await forEachBounded(domains, ctx.options.concurrency, (info) =>
    recordDomain(ctx, client, keys, region, info.DomainName, info, statuses, answered),
  );
}

/**
 * Re-reads one domain (the Lambda's single-resource hook): DescribeDomains for that name, its tags and key.
 * A domain that no longer exists yields no record.
 */
export async function collectOneDomain(ctx: AwsCollectContext, region: string, name: string): Promise<void> {
  const client = createAwsClient(OpenSearchClient, ctx.options, region);
  const keys = new KeyDescriber(ctx);
  try {
    const { statuses, answered } = await describeDomains(ctx, client, region, [name]);
    // No ListDomainNames reply here: the record holds only what was really read.
    await recordDomain(ctx, client, keys, region, name, undefined, statuses, answered);
  } finally {
    client.destroy();
    keys.destroy();
  }
}

async function recordDomain(
  ctx: AwsCollectContext,
  client: OpenSearchClient,
  keys: KeyDescriber,
  region: string,
  name: string,
  listed: DomainInfo | undefined,
  statuses: Map<string, DomainStatus>,
  answered: Set<string>,
): Promise<void> {
  const status = statuses.get(name);
  // Answered without it: the domain was deleted between the two calls.
  if (!status && answered.has(name)) return;
  const arn = status?.ARN ?? `arn:${ctx.partition}:es:${region}:${ctx.account}:domain/${name}`;
  const replies: Record<string, unknown> = listed ? { ListDomainNames: listed } : {};
  if (status) replies.DescribeDomains = status;
  const keyId = customerKeyCandidate(status);
  const [tags, key] = await Promise.all([
    ctx.reader.read<{ TagList?: Tag[] }>(OPENSEARCH_CLIENT, client, new ListTagsCommand({ ARN: arn }), {
      region,
      resource: name,
    }),
    keyId ? keys.describe(keyId, region) : Promise.resolve(undefined),
  ]);
  if (tags.ok) replies.ListTags = tags.value?.TagList ?? [];
  if (key) replies[KMS_KEY_REPLY] = key;
  ctx.inventory.records.push({
    provider: "aws",
    account: ctx.account,
    region,
    service: OPENSEARCH_CLIENT,
    resourceType: OPENSEARCH_DOMAIN_TYPE,
    resourceId: arn,
    name,
    replies,
  });
}

/** The at-rest key to describe: only a named key that is not the aws/es alias needs KMS to be told apart. */
function customerKeyCandidate(status: DomainStatus | undefined): string | undefined {
  const options = status?.EncryptionAtRestOptions;
  if (options?.Enabled !== true || !options.KmsKeyId) return undefined;
  return /alias\/aws\/es$/.test(options.KmsKeyId) ? undefined : options.KmsKeyId;
}

async function describeDomains(
  ctx: AwsCollectContext,
  client: OpenSearchClient,
  region: string,
  names: string[],
): Promise<{ statuses: Map<string, DomainStatus>; answered: Set<string> }> {
  const answered = new Set<string>();
  const replies = await readInBatches(
    names,
    DESCRIBE_DOMAINS_MAX,
    async (batch) => {
      const result = await ctx.reader.read<{ DomainStatusList?: DomainStatus[] }>(
        OPENSEARCH_CLIENT,
        client,
        new DescribeDomainsCommand({ DomainNames: batch }),
        { region, resource: batch.join(",") },
      );
      if (result.ok) for (const name of batch) answered.add(name);
      return result;
    },
    ctx.inventory.errors,
    { region, operation: "DescribeDomains", resource: (batch) => batch.join(",") },
  );
  const statuses = new Map<string, DomainStatus>();
  for (const reply of replies) {
    for (const status of reply.DomainStatusList ?? []) {
      if (status.DomainName) statuses.set(status.DomainName, status);
    }
  }
  return { statuses, answered };
}
