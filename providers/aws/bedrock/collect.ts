import { BedrockClient, GetModelInvocationLoggingConfigurationCommand } from "@aws-sdk/client-bedrock";
import { BedrockAgentClient } from "@aws-sdk/client-bedrock-agent";
import { createAwsClient, ClientCache } from "../clients.js";
import type { AwsCollectContext } from "../context.js";
import { regionsToScan } from "../regions.js";
import { collectAgents, collectKnowledgeBases } from "./collect-agents.js";
import { collectCustomModels, collectGuardrails } from "./collect-models.js";
import { collectFlowsAndPrompts, collectInvocationJobs } from "./collect-flows.js";
import { KeyDescriber } from "../kms/describe-key.js";
import { malformedRepliesIn, recordUntrustedEmptyReply } from "./empty-logging-reply.js";
import { BEDROCK_CLIENT, BEDROCK_TYPES, platformId, platformName } from "./names.js";

/**
 * Amazon Bedrock per region: the invocation logging configuration, then custom models, guardrails, agents,
 * knowledge bases, flows, prompts and batch inference jobs (listed, then read one by one), all concurrently under the reader's bound. Every region read
 * gets a platform record holding the region-wide replies, even when they all failed (its checks are then
 * unknown, not absent).
 */
export async function collectBedrock(ctx: AwsCollectContext): Promise<void> {
  const bedrock = new ClientCache((region) => createAwsClient(BedrockClient, ctx.options, region));
  const agents = new ClientCache((region) => createAwsClient(BedrockAgentClient, ctx.options, region));
  const keys = new KeyDescriber(ctx);
  try {
    await Promise.all(
      regionsToScan(ctx.options).map((region) =>
        collectRegion(ctx, region, bedrock.get(region), agents.get(region), keys),
      ),
    );
  } finally {
    bedrock.destroyAll();
    agents.destroyAll();
    keys.destroy();
  }
}

async function collectRegion(
  ctx: AwsCollectContext,
  region: string,
  bedrock: BedrockClient,
  agent: BedrockAgentClient,
  keys: KeyDescriber,
): Promise<void> {
  const name = platformName(region);
  const replies: Record<string, unknown> = {};
  const scope = { region, resource: name };
  const [logging, customModels, guardrails, agents, knowledgeBases, flowsAndPrompts, jobs] =
    await Promise.all([
      ctx.reader.read<{ loggingConfig?: unknown }>(
        BEDROCK_CLIENT,
        bedrock,
        new GetModelInvocationLoggingConfigurationCommand({}),
        scope,
      ),
      collectCustomModels(ctx, bedrock, scope),
      collectGuardrails(ctx, bedrock, scope),
      collectAgents(ctx, agent, scope),
      collectKnowledgeBases(ctx, agent, scope),
      collectFlowsAndPrompts(ctx, agent, keys, region),
      collectInvocationJobs(ctx, bedrock, keys, region),
    ]);
  if (logging.ok) {
    const config = logging.value?.loggingConfig ?? null;
    // `{}` is Bedrock's "never configured", and also what a mangled reply looks like.
    if (config === null && malformedRepliesIn(ctx, region)) recordUntrustedEmptyReply(ctx, region, name);
    else replies.GetModelInvocationLoggingConfiguration = config;
  }
  if (customModels) replies.ListCustomModels = customModels;
  if (guardrails) replies.ListGuardrails = guardrails;
  if (agents) replies.ListAgents = agents;
  if (knowledgeBases) replies.ListKnowledgeBases = knowledgeBases;
  const { flows, prompts } = flowsAndPrompts;
  const found = [customModels, guardrails, agents, knowledgeBases, flows, prompts, jobs].reduce(
    (n, l) => n + (l?.length ?? 0),
    0,
  );
  if (found > 0) ctx.options.onProgress?.(`aws ${ctx.account} ${region}: ${found} Bedrock resources`);
  ctx.inventory.records.push({
    provider: "aws",
    account: ctx.account,
    region,
    service: BEDROCK_CLIENT,
    resourceType: BEDROCK_TYPES.platform,
    resourceId: platformId(ctx.partition, region, ctx.account),
    name,
    replies,
  });
}
