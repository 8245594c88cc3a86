import {
  GetCustomModelCommand,
  GetGuardrailCommand,
  ListCustomModelsCommand,
  ListGuardrailsCommand,
  ListTagsForResourceCommand,
  type BedrockClient,
  type CustomModelSummary,
  type GuardrailSummary,
} from "@aws-sdk/client-bedrock";
import type { AwsCollectContext } from "../context.js";
import type { ReadScope } from "../reader.js";
import { BEDROCK_PAGE_SIZE, listAll } from "./list.js";
import { BEDROCK_CLIENT, BEDROCK_TYPES } from "./names.js";
import { forEachBounded } from "../../../src/engine/resource-pool.js";

/** Custom models: ListCustomModels, then GetCustomModel and ListTagsForResource per model. */
export async function collectCustomModels(
  ctx: AwsCollectContext,
  client: BedrockClient,
  region: string,
  scope: ReadScope,
): Promise<CustomModelSummary[] | undefined> {
  const models = await listAll<CustomModelSummary>(
    ctx,
    BEDROCK_CLIENT,
    client,
    (nextToken) => new ListCustomModelsCommand({ maxResults: BEDROCK_PAGE_SIZE, nextToken }),
    (page) => page.modelSummaries as CustomModelSummary[] | undefined,
    scope,
  );
  await forEachBounded(models ?? [], ctx.options.concurrency, async (summary) => {
    const arn = summary.modelArn;
    const name = summary.modelName ?? arn;
    if (!arn || !name) return;
    const at = { region, resource: name };
    const [model, tags] = await Promise.all([
      ctx.reader.read(BEDROCK_CLIENT, client, new GetCustomModelCommand({ modelIdentifier: arn }), at),
      readTags(ctx, client, arn, at),
    ]);
    const replies: Record<string, unknown> = { ListCustomModels: summary };
    if (model.ok) replies.GetCustomModel = model.value;
    if (tags) replies.ListTagsForResource = tags;
    push(ctx, region, BEDROCK_TYPES.customModel, arn, name, replies);
  });
  return models;
}

/**
 * Guardrails: ListGuardrails without an identifier (the DRAFT of every guardrail), then GetGuardrail (DRAFT,
 * the working configuration) and ListTagsForResource per guardrail.
 */
export async function collectGuardrails(
  ctx: AwsCollectContext,
  client: BedrockClient,
  region: string,
  scope: ReadScope,
): Promise<GuardrailSummary[] | undefined> {
  const guardrails = await listAll<GuardrailSummary>(
    ctx,
    BEDROCK_CLIENT,
    client,
    (nextToken) => new ListGuardrailsCommand({ maxResults: BEDROCK_PAGE_SIZE, nextToken }),
    (page) => page.guardrails as GuardrailSummary[] | undefined,
    scope,
  );
  await forEachBounded(guardrails ?? [], ctx.options.concurrency, async (summary) => {
    const { id, arn } = summary;
    const name = summary.name ?? id;
    if (!id || !arn || !name) return;
    const at = { region, resource: name };
    const [guardrail, tags] = await Promise.all([
      ctx.reader.read(BEDROCK_CLIENT, client, new GetGuardrailCommand({ guardrailIdentifier: id }), at),
      readTags(ctx, client, arn, at),
    ]);
    const replies: Record<string, unknown> = { ListGuardrails: summary };
    if (guardrail.ok) replies.GetGuardrail = guardrail.value;
    if (tags) replies.ListTagsForResource = tags;
    push(ctx, region, BEDROCK_TYPES.guardrail, arn, name, replies);
  });
  return guardrails;
}

async function readTags(ctx: AwsCollectContext, client: BedrockClient, arn: string, at: ReadScope) {
  const result = await ctx.reader.read<{ tags?: unknown[] }>(
    BEDROCK_CLIENT,
    client,
    new ListTagsForResourceCommand({ resourceARN: arn }),
    at,
  );
  return result.ok ? (result.value?.tags ?? []) : undefined;
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
    service: BEDROCK_CLIENT,
    resourceType,
    resourceId,
    name,
    replies,
  });
}
