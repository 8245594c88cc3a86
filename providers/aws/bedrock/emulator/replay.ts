// Replay: each region's Bedrock estate rebuilt from a saved inventory's raw replies: the invocation logging
// configuration, custom models, guardrails, agents (with their knowledge bases), knowledge bases (with their data
// sources), flows, prompts and batch inference jobs, each from its Get* reply (the estate's own shape) plus its
// tags. A resource whose Get* was not recorded (the read failed) is served from its listing when that makes a
// valid entry, so it is listed again and the failed read is left to the replayed fault that denies it.
import type { ZodType } from "zod";
import type { InventoryRecord } from "../../../../src/model/inventory.js";
import {
  agentSchema,
  customModelSchema,
  flowSchema,
  guardrailSchema,
  invocationJobSchema,
  knowledgeBaseSchema,
  promptSchema,
} from "./estate.js";

type Reply = Record<string, unknown>;

const SOURCES: { section: string; type: string; get: string; list: string; schema: ZodType }[] = [
  {
    section: "customModels",
    type: "aws.bedrock.custom-model",
    get: "GetCustomModel",
    list: "ListCustomModels",
    schema: customModelSchema,
  },
  {
    section: "guardrails",
    type: "aws.bedrock.guardrail",
    get: "GetGuardrail",
    list: "",
    schema: guardrailSchema,
  },
  { section: "agents", type: "aws.bedrock.agent", get: "GetAgent", list: "ListAgents", schema: agentSchema },
  {
    section: "knowledgeBases",
    type: "aws.bedrock.knowledge-base",
    get: "GetKnowledgeBase",
    list: "ListKnowledgeBases",
    schema: knowledgeBaseSchema,
  },
  { section: "flows", type: "aws.bedrock.flow", get: "GetFlow", list: "ListFlows", schema: flowSchema },
  {
    section: "prompts",
    type: "aws.bedrock.prompt",
    get: "GetPrompt",
    list: "ListPrompts",
    schema: promptSchema,
  },
  {
    section: "modelInvocationJobs",
    type: "aws.bedrock.model-invocation-job",
    get: "ListModelInvocationJobs",
    list: "",
    schema: invocationJobSchema,
  },
];

/** ListTagsForResource as recorded ([{key, value}] or a map) as the estate's tag map. */
function tagsOf(recorded: unknown): Record<string, string> | undefined {
  if (Array.isArray(recorded)) {
    return Object.fromEntries((recorded as { key: string; value: string }[]).map((t) => [t.key, t.value]));
  }
  return recorded && typeof recorded === "object" ? (recorded as Record<string, string>) : undefined;
}

function entryOf(record: InventoryRecord, source: (typeof SOURCES)[number]): Reply | undefined {
  const x = record.replies;
  const tags = tagsOf(x.ListTagsForResource);
  const extras: Reply = {
    ...(tags ? { tags } : {}),
    ...(Array.isArray(x.ListAgentKnowledgeBases) ? { knowledgeBases: x.ListAgentKnowledgeBases } : {}),
    ...(x.GetDataSource && typeof x.GetDataSource === "object"
      ? { dataSources: Object.values(x.GetDataSource as Reply) }
      : {}),
  };
  const got = x[source.get] as Reply | null | undefined;
  if (got) return { ...got, ...extras };
  const listed = source.list ? (x[source.list] as Reply | null | undefined) : undefined;
  if (!listed) return undefined;
  const entry = { ...listed, ...extras };
  return source.schema.safeParse(entry).success ? entry : undefined;
}

export function replayBedrock(records: readonly InventoryRecord[]): Record<string, unknown> {
  const regions: Record<string, Record<string, unknown>> = {};
  const regionOf = (name: string) => (regions[name] ??= {});
  for (const record of records) {
    if (record.resourceType !== "aws.bedrock.platform") continue;
    const logging = record.replies.GetModelInvocationLoggingConfiguration;
    // Recorded null: never configured; not recorded: the read failed (a fault says so).
    regionOf(record.region);
    if (logging) regionOf(record.region).loggingConfig = logging;
  }
  for (const source of SOURCES) {
    for (const record of records) {
      if (record.resourceType !== source.type) continue;
      const entry = entryOf(record, source);
      if (!entry) continue;
      const region = regionOf(record.region);
      ((region[source.section] ??= []) as Reply[]).push(entry);
    }
  }
  return Object.keys(regions).length > 0 ? { bedrock: regions } : {};
}
