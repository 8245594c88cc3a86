import {
  GetFlowCommand,
  GetPromptCommand,
  ListFlowsCommand,
  ListPromptsCommand,
  type BedrockAgentClient,
  type FlowSummary,
  type PromptSummary,
} from "@aws-sdk/client-bedrock-agent";
import { ListModelInvocationJobsCommand, type BedrockClient } from "@aws-sdk/client-bedrock";
import type { AwsCollectContext } from "../context.js";
import { KMS_KEY_REPLY, type KeyDescriber } from "../kms/describe-key.js";
import type { ReadScope } from "../reader.js";
import { BEDROCK_PAGE_SIZE } from "./list.js";
import { listThenRead, type ListedKind } from "./list-then-read.js";
import { BEDROCK_AGENT_CLIENT, BEDROCK_CLIENT, BEDROCK_TYPES } from "./names.js";

type Reply = Record<string, unknown>;

/**
 * Prompt flows and managed prompts: listed, then GetFlow / GetPrompt each, and KMS asked who manages the key
 * each names (the API reports an AWS managed key and a customer managed key alike, by ARN).
 */
export async function collectFlowsAndPrompts(
  ctx: AwsCollectContext,
  client: BedrockAgentClient,
  keys: KeyDescriber,
  region: string,
): Promise<{ flows?: FlowSummary[]; prompts?: PromptSummary[] }> {
  const scope: ReadScope = { region };
  const [flows, prompts] = await Promise.all([
    listThenRead<FlowSummary>(
      ctx,
      definitionKind(ctx, client, keys, {
        resourceType: BEDROCK_TYPES.flow,
        listing: "ListFlows",
        page: (nextToken) => new ListFlowsCommand({ maxResults: BEDROCK_PAGE_SIZE, nextToken }),
        items: (page) => page.flowSummaries as FlowSummary[] | undefined,
        operation: "GetFlow",
        command: (id) => new GetFlowCommand({ flowIdentifier: id }),
      }),
      scope,
    ),
    listThenRead<PromptSummary>(
      ctx,
      definitionKind(ctx, client, keys, {
        resourceType: BEDROCK_TYPES.prompt,
        listing: "ListPrompts",
        page: (nextToken) => new ListPromptsCommand({ maxResults: BEDROCK_PAGE_SIZE, nextToken }),
        items: (page) => page.promptSummaries as PromptSummary[] | undefined,
        operation: "GetPrompt",
        command: (id) => new GetPromptCommand({ promptIdentifier: id }),
      }),
      scope,
    ),
  ]);
  return { ...(flows ? { flows } : {}), ...(prompts ? { prompts } : {}) };
}

/** A flow or prompt: one Get by id, then KMS's answer about the key its reply names. */
function definitionKind<T extends { id?: string; name?: string; arn?: string }>(
  ctx: AwsCollectContext,
  client: BedrockAgentClient,
  keys: KeyDescriber,
  kind: Pick<ListedKind<T>, "resourceType" | "listing" | "page" | "items"> & {
    operation: string;
    command: (id: string) => object;
  },
): ListedKind<T> {
  return {
    clientName: BEDROCK_AGENT_CLIENT,
    client,
    resourceType: kind.resourceType,
    listing: kind.listing,
    page: kind.page,
    items: kind.items,
    identify: ({ id, name, arn }) => (id && name && arn ? { id, name, resourceId: arn } : undefined),
    read: async (_summary, at, { id }) => {
      const reply = await ctx.reader.read<Reply>(BEDROCK_AGENT_CLIENT, client, kind.command(id), at);
      const keyId = reply.ok ? reply.value?.customerEncryptionKeyArn : undefined;
      const key = typeof keyId === "string" && keyId ? await keys.describe(keyId, at.region) : undefined;
      const replies: Record<string, unknown> = {};
      if (reply.ok) replies[kind.operation] = reply.value ?? null;
      if (key) replies[KMS_KEY_REPLY] = key;
      return { replies };
    },
  };
}

interface JobSummary {
  jobArn?: string;
  jobName?: string;
  outputDataConfig?: { s3OutputDataConfig?: { s3EncryptionKeyId?: string } };
}

/**
 * Batch inference jobs (ListModelInvocationJobs, whose summaries carry the output location and key), each a
 * record of its own, with KMS's answer about the output key.
 */
export function collectInvocationJobs(
  ctx: AwsCollectContext,
  client: BedrockClient,
  keys: KeyDescriber,
  region: string,
): Promise<JobSummary[] | undefined> {
  return listThenRead<JobSummary>(
    ctx,
    {
      clientName: BEDROCK_CLIENT,
      client,
      resourceType: BEDROCK_TYPES.invocationJob,
      listing: "ListModelInvocationJobs",
      page: (nextToken) => new ListModelInvocationJobsCommand({ maxResults: BEDROCK_PAGE_SIZE, nextToken }),
      items: (page) => page.invocationJobSummaries as JobSummary[] | undefined,
      identify: ({ jobArn, jobName }) =>
        jobArn && jobName ? { id: jobArn, name: jobName, resourceId: jobArn } : undefined,
      read: async (job) => {
        const keyId = job.outputDataConfig?.s3OutputDataConfig?.s3EncryptionKeyId;
        const key = keyId ? await keys.describe(keyId, region) : undefined;
        return { replies: key ? { [KMS_KEY_REPLY]: key } : {} };
      },
    },
    { region },
  );
}
