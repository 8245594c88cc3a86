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
import { BEDROCK_PAGE_SIZE, listAll } from "./list.js";
import { BEDROCK_AGENT_CLIENT, BEDROCK_CLIENT, BEDROCK_TYPES } from "./names.js";
import { forEachBounded } from "../../../src/engine/resource-pool.js";

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
    listAll<FlowSummary>(
      ctx,
      BEDROCK_AGENT_CLIENT,
      client,
      (nextToken) => new ListFlowsCommand({ maxResults: BEDROCK_PAGE_SIZE, nextToken }),
      (page) => page.flowSummaries as FlowSummary[] | undefined,
      scope,
    ),
    listAll<PromptSummary>(
      ctx,
      BEDROCK_AGENT_CLIENT,
      client,
      (nextToken) => new ListPromptsCommand({ maxResults: BEDROCK_PAGE_SIZE, nextToken }),
      (page) => page.promptSummaries as PromptSummary[] | undefined,
      scope,
    ),
  ]);
  await Promise.all([
    ...(flows ?? []).map((summary) =>
      readOne(
        ctx,
        client,
        keys,
        region,
        BEDROCK_TYPES.flow,
        "ListFlows",
        summary,
        "GetFlow",
        (id) => new GetFlowCommand({ flowIdentifier: id }),
      ),
    ),
    ...(prompts ?? []).map((summary) =>
      readOne(
        ctx,
        client,
        keys,
        region,
        BEDROCK_TYPES.prompt,
        "ListPrompts",
        summary,
        "GetPrompt",
        (id) => new GetPromptCommand({ promptIdentifier: id }),
      ),
    ),
  ]);
  return { ...(flows ? { flows } : {}), ...(prompts ? { prompts } : {}) };
}

async function readOne(
  ctx: AwsCollectContext,
  client: BedrockAgentClient,
  keys: KeyDescriber,
  region: string,
  resourceType: string,
  listing: string,
  summary: { id?: string; name?: string; arn?: string },
  operation: string,
  command: (id: string) => object,
): Promise<void> {
  if (!summary.id || !summary.name || !summary.arn) return;
  const reply = await ctx.reader.read<Reply>(BEDROCK_AGENT_CLIENT, client, command(summary.id), {
    region,
    resource: summary.name,
  });
  const keyId = reply.ok ? reply.value?.customerEncryptionKeyArn : undefined;
  const key = typeof keyId === "string" && keyId ? await keys.describe(keyId, region) : undefined;
  const replies: Record<string, unknown> = { [listing]: summary };
  if (reply.ok) replies[operation] = reply.value ?? null;
  if (key) replies[KMS_KEY_REPLY] = key;
  push(ctx, region, BEDROCK_AGENT_CLIENT, resourceType, summary.arn, summary.name, replies);
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
export async function collectInvocationJobs(
  ctx: AwsCollectContext,
  client: BedrockClient,
  keys: KeyDescriber,
  region: string,
): Promise<JobSummary[] | undefined> {
  const jobs = await listAll<JobSummary>(
    ctx,
    BEDROCK_CLIENT,
    client,
    (nextToken) => new ListModelInvocationJobsCommand({ maxResults: BEDROCK_PAGE_SIZE, nextToken }),
    (page) => page.invocationJobSummaries as JobSummary[] | undefined,
    { region },
  );
  await forEachBounded(jobs ?? [], ctx.options.concurrency, async (job) => {
    if (!job.jobArn || !job.jobName) return;
    const keyId = job.outputDataConfig?.s3OutputDataConfig?.s3EncryptionKeyId;
    const key = keyId ? await keys.describe(keyId, region) : undefined;
    const replies: Record<string, unknown> = { ListModelInvocationJobs: job };
    if (key) replies[KMS_KEY_REPLY] = key;
    push(ctx, region, BEDROCK_CLIENT, BEDROCK_TYPES.invocationJob, job.jobArn, job.jobName, replies);
  });
  return jobs;
}

function push(
  ctx: AwsCollectContext,
  region: string,
  service: string,
  resourceType: string,
  resourceId: string,
  name: string,
  replies: Record<string, unknown>,
): void {
  ctx.inventory.records.push({
    provider: "aws",
    account: ctx.account,
    region,
    service,
    resourceType,
    resourceId,
    name,
    replies,
  });
}
