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
import { BEDROCK_PAGE_SIZE } from "./list.js";
import { listThenRead } from "./list-then-read.js";
import { BEDROCK_CLIENT, BEDROCK_TYPES } from "./names.js";

/** Custom models: ListCustomModels, then GetCustomModel and ListTagsForResource per model. */
export function collectCustomModels(
  ctx: AwsCollectContext,
  client: BedrockClient,
  scope: ReadScope,
): Promise<CustomModelSummary[] | undefined> {
  return listThenRead<CustomModelSummary>(
    ctx,
    {
      clientName: BEDROCK_CLIENT,
      client,
      resourceType: BEDROCK_TYPES.customModel,
      listing: "ListCustomModels",
      page: (nextToken) => new ListCustomModelsCommand({ maxResults: BEDROCK_PAGE_SIZE, nextToken }),
      items: (page) => page.modelSummaries as CustomModelSummary[] | undefined,
      identify: ({ modelArn, modelName }) => {
        const name = modelName ?? modelArn;
        return modelArn && name ? { id: modelArn, name, resourceId: modelArn } : undefined;
      },
      read: async (_summary, at, { id: arn }) => {
        const [model, tags] = await Promise.all([
          ctx.reader.read(BEDROCK_CLIENT, client, new GetCustomModelCommand({ modelIdentifier: arn }), at),
          readTags(ctx, client, arn, at),
        ]);
        const replies: Record<string, unknown> = {};
        if (model.ok) replies.GetCustomModel = model.value;
        if (tags) replies.ListTagsForResource = tags;
        return { replies };
      },
    },
    scope,
  );
}

/**
 * Guardrails: ListGuardrails without an identifier (the DRAFT of every guardrail), then GetGuardrail (DRAFT,
 * the working configuration) and ListTagsForResource per guardrail.
 */
export function collectGuardrails(
  ctx: AwsCollectContext,
  client: BedrockClient,
  scope: ReadScope,
): Promise<GuardrailSummary[] | undefined> {
  return listThenRead<GuardrailSummary>(
    ctx,
    {
      clientName: BEDROCK_CLIENT,
      client,
      resourceType: BEDROCK_TYPES.guardrail,
      listing: "ListGuardrails",
      page: (nextToken) => new ListGuardrailsCommand({ maxResults: BEDROCK_PAGE_SIZE, nextToken }),
      items: (page) => page.guardrails as GuardrailSummary[] | undefined,
      identify: ({ id, arn, name }) => {
        const shown = name ?? id;
        return id && arn && shown ? { id, name: shown, resourceId: arn } : undefined;
      },
      read: async (_summary, at, { id, resourceId: arn }) => {
        const [guardrail, tags] = await Promise.all([
          ctx.reader.read(BEDROCK_CLIENT, client, new GetGuardrailCommand({ guardrailIdentifier: id }), at),
          readTags(ctx, client, arn, at),
        ]);
        const replies: Record<string, unknown> = {};
        if (guardrail.ok) replies.GetGuardrail = guardrail.value;
        if (tags) replies.ListTagsForResource = tags;
        return { replies };
      },
    },
    scope,
  );
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
