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
import { listThenRead } from "./list-then-read.js";

/** The agent version whose configuration is read: the working draft, which every new version is made from. */
export const AGENT_VERSION = "DRAFT";

/** Agents: ListAgents, then GetAgent, ListAgentKnowledgeBases (DRAFT) and ListTagsForResource per agent. */
export function collectAgents(
  ctx: AwsCollectContext,
  client: BedrockAgentClient,
  scope: ReadScope,
): Promise<AgentSummary[] | undefined> {
  return listThenRead<AgentSummary>(
    ctx,
    {
      clientName: BEDROCK_AGENT_CLIENT,
      client,
      resourceType: BEDROCK_TYPES.agent,
      listing: "ListAgents",
      page: (nextToken) => new ListAgentsCommand({ maxResults: BEDROCK_PAGE_SIZE, nextToken }),
      items: (page) => page.agentSummaries as AgentSummary[] | undefined,
      // The ARN format is documented, so the tag read need not wait for GetAgent.
      identify: ({ agentId, agentName }) => {
        const name = agentName ?? agentId;
        return agentId && name
          ? {
              id: agentId,
              name,
              resourceId: `arn:${ctx.partition}:bedrock:${scope.region}:${ctx.account}:agent/${agentId}`,
            }
          : undefined;
      },
      read: async (_summary, at, { id: agentId, resourceId: arn }) => {
        const [agent, knowledgeBases, tags] = await Promise.all([
          ctx.reader.read<{ agent?: { agentArn?: string } }>(
            BEDROCK_AGENT_CLIENT,
            client,
            new GetAgentCommand({ agentId }),
            at,
          ),
          listAll<AgentKnowledgeBaseSummary>(
            ctx,
            BEDROCK_AGENT_CLIENT,
            client,
            (nextToken) =>
              new ListAgentKnowledgeBasesCommand({
                agentId,
                agentVersion: AGENT_VERSION,
                maxResults: BEDROCK_PAGE_SIZE,
                nextToken,
              }),
            (page) => page.agentKnowledgeBaseSummaries as AgentKnowledgeBaseSummary[] | undefined,
            at,
          ),
          readTags(ctx, client, arn, at),
        ]);
        const replies: Record<string, unknown> = {};
        if (agent.ok) replies.GetAgent = agent.value?.agent ?? null;
        if (knowledgeBases) replies.ListAgentKnowledgeBases = knowledgeBases;
        if (tags) replies.ListTagsForResource = tags;
        return { replies, resourceId: agent.ok ? agent.value?.agent?.agentArn : undefined };
      },
    },
    scope,
  );
}

/**
 * Knowledge bases: ListKnowledgeBases, then GetKnowledgeBase, ListDataSources (+ GetDataSource each) and
 * ListTagsForResource per knowledge base. Data sources are part of their knowledge base's record:
 * `GetDataSource` maps data source id → reply, and a data source whose read failed is missing from the map.
 */
export function collectKnowledgeBases(
  ctx: AwsCollectContext,
  client: BedrockAgentClient,
  scope: ReadScope,
): Promise<KnowledgeBaseSummary[] | undefined> {
  return listThenRead<KnowledgeBaseSummary>(
    ctx,
    {
      clientName: BEDROCK_AGENT_CLIENT,
      client,
      resourceType: BEDROCK_TYPES.knowledgeBase,
      listing: "ListKnowledgeBases",
      page: (nextToken) => new ListKnowledgeBasesCommand({ maxResults: BEDROCK_PAGE_SIZE, nextToken }),
      items: (page) => page.knowledgeBaseSummaries as KnowledgeBaseSummary[] | undefined,
      identify: ({ knowledgeBaseId, name }) => {
        const shown = name ?? knowledgeBaseId;
        return knowledgeBaseId && shown
          ? {
              id: knowledgeBaseId,
              name: shown,
              resourceId: `arn:${ctx.partition}:bedrock:${scope.region}:${ctx.account}:knowledge-base/${knowledgeBaseId}`,
            }
          : undefined;
      },
      read: async (_summary, at, { id: knowledgeBaseId, resourceId: arn }) => {
        const [kb, dataSources, tags] = await Promise.all([
          ctx.reader.read<{ knowledgeBase?: { knowledgeBaseArn?: string } }>(
            BEDROCK_AGENT_CLIENT,
            client,
            new GetKnowledgeBaseCommand({ knowledgeBaseId }),
            at,
          ),
          readDataSources(ctx, client, knowledgeBaseId, at),
          readTags(ctx, client, arn, at),
        ]);
        const replies: Record<string, unknown> = {};
        if (kb.ok) replies.GetKnowledgeBase = kb.value?.knowledgeBase ?? null;
        if (dataSources) {
          replies.ListDataSources = dataSources.summaries;
          replies.GetDataSource = dataSources.details;
        }
        if (tags) replies.ListTagsForResource = tags;
        return { replies, resourceId: kb.ok ? kb.value?.knowledgeBase?.knowledgeBaseArn : undefined };
      },
    },
    scope,
  );
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
