// Replay: each region's AgentCore runtimes, gateways, memories, browsers and code interpreters rebuilt from a
// saved inventory's Get* replies (the estate's own shape). One whose Get* was not recorded (the read failed) is
// served from its listing when that makes a valid entry, and the failed read is denied again by the replayed
// fault. The system browser and code interpreter exist in every region, so they are never part of the estate.
import type { ZodType } from "zod";
import type { InventoryRecord } from "../../../../src/model/inventory.js";
import {
  browserSchema,
  codeInterpreterSchema,
  gatewaySchema,
  memorySchema,
  runtimeSchema,
} from "./estate.js";

type Reply = Record<string, unknown>;

const SOURCES: Record<string, { section: string; get: string; list: string; schema: ZodType }> = {
  "aws.bedrock-agentcore.runtime": {
    section: "runtimes",
    get: "GetAgentRuntime",
    list: "ListAgentRuntimes",
    schema: runtimeSchema,
  },
  "aws.bedrock-agentcore.gateway": {
    section: "gateways",
    get: "GetGateway",
    list: "ListGateways",
    schema: gatewaySchema,
  },
  "aws.bedrock-agentcore.memory": {
    section: "memories",
    get: "GetMemory",
    list: "ListMemories",
    schema: memorySchema,
  },
  "aws.bedrock-agentcore.browser": {
    section: "browsers",
    get: "GetBrowser",
    list: "ListBrowsers",
    schema: browserSchema,
  },
  "aws.bedrock-agentcore.code-interpreter": {
    section: "codeInterpreters",
    get: "GetCodeInterpreter",
    list: "ListCodeInterpreters",
    schema: codeInterpreterSchema,
  },
};

const isSystemTool = (record: InventoryRecord) => /^aws\.(browser|codeinterpreter)\.v\d+$/.test(record.name);

export function replayAgentCore(records: readonly InventoryRecord[]): Record<string, unknown> {
  const regions: Record<string, Record<string, Reply[]>> = {};
  for (const record of records) {
    const source = SOURCES[record.resourceType];
    if (!source || isSystemTool(record)) continue;
    const got = record.replies[source.get] as Reply | null | undefined;
    const listed = record.replies[source.list] as Reply | null | undefined;
    const entry = got ?? (listed && source.schema.safeParse(listed).success ? listed : undefined);
    if (!entry) continue;
    ((regions[record.region] ??= {})[source.section] ??= []).push(entry);
  }
  return Object.keys(regions).length > 0 ? { bedrockAgentCore: regions } : {};
}
