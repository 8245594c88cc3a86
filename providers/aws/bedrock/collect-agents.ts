import {
  GetAgentCommand,
  GetDataSourceCommand,
  GetKnowledgeBaseCommand,
  ListAgentKnowledgeBasesCommand,
  ListAgentsCommand,
  ListDataSourcesCommand,
  ListKnowledgeBasesCommand,
  ListTagsForResourceCommand,
  type AgentKnowledgeBaseSummary,
  type AgentSummary,
  type BedrockAgentClient,
  type DataSourceSummary,
  type KnowledgeBaseSummary,
} from "@aws-sdk/client-bedrock-agent";
import type { AwsCollectContext } from "../context.js";
import type { ReadScope } from "../reader.js";
import { BEDROCK_PAGE_SIZE, listAll } from "./list.js";
import { BEDROCK_AGENT_CLIENT, BEDROCK_TYPES } from "./names.js";
import { forEachBounded } from "../../../src/engine/resource-pool.js";

/** The agent version whose configuration is read: the working draft, which every new version is made from. */
export const AGENT_VERSION = "DRAFT";

/** Agents: ListAgents, then GetAgent, ListAgentKnowledgeBases (DRAFT) and ListTagsForResource per agent. */
export async function collectAgents(
  ctx: AwsCollectContext,
  client: BedrockAgentClient,
  region: string,
  scope: ReadScope,
): Promise<AgentSummary[] | undefined> {
  const agents = await listAll<AgentSummary>(
    ctx,
    BEDROCK_AGENT_CLIENT,
    client,
    (nextToken) => new ListAgentsCommand({ maxResults: BEDROCK_PAGE_SIZE, nextToken }),
    (page) => page.agentSummaries as AgentSummary[] | undefined,
    scope,
  );
  await forEachBounded(agents ?? [], ctx.options.concurrency, async (summary) => {
    const id = summary.agentId;
    const name = summary.agentName ?? id;
    if (!id || !name) return;
    const at = { region, resource: name };
    // The ARN format is documented, so the tag read need not wait for GetAgent.
    const arn = `arn:${ctx.partition}:bedrock:${region}:${ctx.account}:agent/${id}`;
    const [agent, knowledgeBases, tags] = await Promise.all([
      ctx.reader.read<{ agent?: { agentArn?: string } }>(
        BEDROCK_AGENT_CLIENT,
        client,
        new GetAgentCommand({ agentId: id }),
        at,
      ),
      listAll<AgentKnowledgeBaseSummary>(
        ctx,
        BEDROCK_AGENT_CLIENT,
        client,
        (nextToken) =>
          new ListAgentKnowledgeBasesCommand({
            agentId: id,
            agentVersion: AGENT_VERSION,
            maxResults: BEDROCK_PAGE_SIZE,
            nextToken,
          }),
        (page) => page.agentKnowledgeBaseSummaries as AgentKnowledgeBaseSummary[] | undefined,
        at,
      ),
      readTags(ctx, client, arn, at),
    ]);
    const replies: Record<string, unknown> = { ListAgents: summary };
    if (agent.ok) replies.GetAgent = agent.value?.agent ?? null;
    if (knowledgeBases) replies.ListAgentKnowledgeBases = knowledgeBases;
    if (tags) replies.ListTagsForResource = tags;
    push(
      ctx,
      region,
      BEDROCK_TYPES.agent,
      agent.ok ? (agent.value?.agent?.agentArn ?? arn) : arn,
      name,
      replies,
    );
  });
  return agents;
}

/**
 * Knowledge bases: ListKnowledgeBases, then GetKnowledgeBase, ListDataSources (+ GetDataSource each) and
 * ListTagsForResource per knowledge base. Data sources are part of their knowledge base's record:
 * `GetDataSource` maps data source id → reply, and a data source whose read failed is missing from the map.
 */
export async function collectKnowledgeBases(
  ctx: AwsCollectContext,
  client: BedrockAgentClient,
  region: string,
  scope: ReadScope,
): Promise<KnowledgeBaseSummary[] | undefined> {
  const knowledgeBases = await listAll<KnowledgeBaseSummary>(
    ctx,
    BEDROCK_AGENT_CLIENT,
    client,
    (nextToken) => new ListKnowledgeBasesCommand({ maxResults: BEDROCK_PAGE_SIZE, nextToken }),
    (page) => page.knowledgeBaseSummaries as KnowledgeBaseSummary[] | undefined,
    scope,
  );
  await forEachBounded(knowledgeBases ?? [], ctx.options.concurrency, async (summary) => {
    const id = summary.knowledgeBaseId;
    const name = summary.name ?? id;
    if (!id || !name) return;
    const at = { region, resource: name };
    const arn = `arn:${ctx.partition}:bedrock:${region}:${ctx.account}:knowledge-base/${id}`;
    const [kb, dataSources, tags] = await Promise.all([
      ctx.reader.read<{ knowledgeBase?: { knowledgeBaseArn?: string } }>(
        BEDROCK_AGENT_CLIENT,
        client,
        new GetKnowledgeBaseCommand({ knowledgeBaseId: id }),
        at,
      ),
      readDataSources(ctx, client, id, at),
      readTags(ctx, client, arn, at),
    ]);
    const replies: Record<string, unknown> = { ListKnowledgeBases: summary };
    if (kb.ok) replies.GetKnowledgeBase = kb.value?.knowledgeBase ?? null;
    if (dataSources) {
      replies.ListDataSources = dataSources.summaries;
      replies.GetDataSource = dataSources.details;
    }
    if (tags) replies.ListTagsForResource = tags;
    const resourceId = kb.ok ? (kb.value?.knowledgeBase?.knowledgeBaseArn ?? arn) : arn;
    push(ctx, region, BEDROCK_TYPES.knowledgeBase, resourceId, name, replies);
  });
  return knowledgeBases;
}

async function readDataSources(
  ctx: AwsCollectContext,
  client: BedrockAgentClient,
  knowledgeBaseId: string,
  at: ReadScope,
): Promise<{ summaries: DataSourceSummary[]; details: Record<string, unknown> } | undefined> {
  const summaries = await listAll<DataSourceSummary>(
    ctx,
    BEDROCK_AGENT_CLIENT,
    client,
    (nextToken) => new ListDataSourcesCommand({ knowledgeBaseId, maxResults: BEDROCK_PAGE_SIZE, nextToken }),
    (page) => page.dataSourceSummaries as DataSourceSummary[] | undefined,
    at,
  );
  if (!summaries) return undefined;
  const details: Record<string, unknown> = {};
  await forEachBounded(summaries, ctx.options.concurrency, async ({ dataSourceId }) => {
    if (!dataSourceId) return;
    const result = await ctx.reader.read<{ dataSource?: unknown }>(
      BEDROCK_AGENT_CLIENT,
      client,
      new GetDataSourceCommand({ knowledgeBaseId, dataSourceId }),
      at,
    );
    if (result.ok) details[dataSourceId] = result.value?.dataSource ?? null;
  });
  return { summaries, details };
}

async function readTags(ctx: AwsCollectContext, client: BedrockAgentClient, arn: string, at: ReadScope) {
  const result = await ctx.reader.read<{ tags?: Record<string, string> }>(
    BEDROCK_AGENT_CLIENT,
    client,
    new ListTagsForResourceCommand({ resourceArn: arn }),
    at,
  );
  return result.ok ? (result.value?.tags ?? {}) : undefined;
}

function push(
  ctx: AwsCollectContext,
  region: string,
  resourceType: string,
  resourceId: string,
  name: string,
  replies: Record<string, unknown>,
): void {
  ctx.inventory.records.push({
    provider: "aws",
    account: ctx.account,
    region,
    service: BEDROCK_AGENT_CLIENT,
    resourceType,
    resourceId,
    name,
    replies,
  });
}
