import type { Asset } from "../../../src/model/asset.js";
import type { InventoryRecord } from "../../../src/model/inventory.js";
import type { ReplyReader } from "../replies.js";
import { BEDROCK_TYPES } from "./names.js";
import { normalizeAgent, normalizeKnowledgeBase } from "./normalize-agents.js";
import { normalizeCustomModel, normalizeGuardrail } from "./normalize-models.js";
import { normalizePlatform } from "./normalize-platform.js";
import { normalizeFlow, normalizeInvocationJob, normalizePrompt } from "./normalize-flows.js";

/** Normalizers for every Bedrock record type, for the AWS NORMALIZERS registry. */
export const BEDROCK_NORMALIZERS: Record<
  string,
  (record: InventoryRecord, ctx: { read: ReplyReader }) => Asset | undefined
> = {
  [BEDROCK_TYPES.platform]: (record, ctx) => normalizePlatform(record, ctx.read),
  [BEDROCK_TYPES.customModel]: (record, ctx) => normalizeCustomModel(record, ctx.read),
  [BEDROCK_TYPES.guardrail]: (record, ctx) => normalizeGuardrail(record, ctx.read),
  [BEDROCK_TYPES.agent]: (record, ctx) => normalizeAgent(record, ctx.read),
  [BEDROCK_TYPES.knowledgeBase]: (record, ctx) => normalizeKnowledgeBase(record, ctx.read),
  [BEDROCK_TYPES.flow]: (record, ctx) => normalizeFlow(record, ctx.read),
  [BEDROCK_TYPES.prompt]: (record, ctx) => normalizePrompt(record, ctx.read),
  [BEDROCK_TYPES.invocationJob]: (record, ctx) => normalizeInvocationJob(record, ctx.read),
};
