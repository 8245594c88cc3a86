import {
  BedrockAgentCoreControlClient,
  GetAgentRuntimeCommand,
  GetBrowserCommand,
  GetCodeInterpreterCommand,
  GetGatewayCommand,
  GetMemoryCommand,
  ListAgentRuntimesCommand,
  ListBrowsersCommand,
  ListCodeInterpretersCommand,
  ListGatewaysCommand,
  ListMemoriesCommand,
} from "@aws-sdk/client-bedrock-agentcore-control";
import { listAll } from "../bedrock/list.js";
import { ClientCache, createAwsClient } from "../clients.js";
import type { AwsCollectContext } from "../context.js";
import { KeyDescriber, KMS_KEY_REPLY } from "../kms/describe-key.js";
import type { ReadScope } from "../reader.js";
import { regionsToScan } from "../regions.js";
import { AGENTCORE_CLIENT, AGENTCORE_PAGE_SIZE, AGENTCORE_TYPES } from "./names.js";
import { forEachBounded } from "../../../src/engine/resource-pool.js";

type Item = Record<string, unknown>;

/** One AgentCore resource type: how to list it, read one, and name its record. */
interface Kind {
  resourceType: string;
  list: (nextToken: string | undefined) => object;
  listKey: string;
  get: (summary: Item) => object | undefined;
  /** The Get reply's member holding the resource (GetMemory wraps it in `memory`); absent: the reply itself. */
  getKey?: string;
  /** `prefix` is arn:PARTITION:bedrock-agentcore:REGION:ACCOUNT, for ARNs only the Get reply carries. */
  arn: (summary: Item, detail: Item | undefined, prefix: string) => string | undefined;
  name: (summary: Item, detail: Item | undefined) => string | undefined;
  /** The at-rest key named by the resource, which KMS must describe to tell who manages it. */
  key?: (detail: Item) => string | undefined;
}

const str = (value: unknown): string | undefined => (typeof value === "string" && value ? value : undefined);

const KINDS: Record<string, Kind> = {
  ListAgentRuntimes: {
    resourceType: AGENTCORE_TYPES.runtime,
    list: (nextToken) => new ListAgentRuntimesCommand({ maxResults: AGENTCORE_PAGE_SIZE, nextToken }),
    listKey: "agentRuntimes",
    get: (s) =>
      str(s.agentRuntimeId)
        ? new GetAgentRuntimeCommand({ agentRuntimeId: str(s.agentRuntimeId) })
        : undefined,
    arn: (s, d) => str(d?.agentRuntimeArn) ?? str(s.agentRuntimeArn),
    name: (s) => str(s.agentRuntimeName) ?? str(s.agentRuntimeId),
  },
  ListGateways: {
    resourceType: AGENTCORE_TYPES.gateway,
    list: (nextToken) => new ListGatewaysCommand({ maxResults: AGENTCORE_PAGE_SIZE, nextToken }),
    listKey: "items",
    get: (s) =>
      str(s.gatewayId) ? new GetGatewayCommand({ gatewayIdentifier: str(s.gatewayId) }) : undefined,
    // The summary carries no ARN; the documented format stands in when GetGateway failed.
    arn: (s, d, prefix) =>
      str(d?.gatewayArn) ?? (str(s.gatewayId) ? `${prefix}:gateway/${str(s.gatewayId)}` : undefined),
    name: (s) => str(s.name) ?? str(s.gatewayId),
    key: (d) => str(d.kmsKeyArn),
  },
  ListMemories: {
    resourceType: AGENTCORE_TYPES.memory,
    list: (nextToken) => new ListMemoriesCommand({ maxResults: AGENTCORE_PAGE_SIZE, nextToken }),
    listKey: "memories",
    get: (s) => (str(s.id) ? new GetMemoryCommand({ memoryId: str(s.id) }) : undefined),
    getKey: "memory",
    arn: (s, d) => str(d?.arn) ?? str(s.arn),
    name: (s, d) => str(d?.name) ?? str(s.id),
    key: (d) => str(d.encryptionKeyArn),
  },
  // Only custom tools: the system ones (aws.browser.v1, aws.codeinterpreter.v1) are AWS's, configured by AWS.
  ListBrowsers: {
    resourceType: AGENTCORE_TYPES.browser,
    list: (nextToken) =>
      new ListBrowsersCommand({ maxResults: AGENTCORE_PAGE_SIZE, nextToken, type: "CUSTOM" }),
    listKey: "browserSummaries",
    get: (s) => (str(s.browserId) ? new GetBrowserCommand({ browserId: str(s.browserId) }) : undefined),
    arn: (s, d) => str(d?.browserArn) ?? str(s.browserArn),
    name: (s) => str(s.name) ?? str(s.browserId),
  },
  ListCodeInterpreters: {
    resourceType: AGENTCORE_TYPES.codeInterpreter,
    list: (nextToken) =>
      new ListCodeInterpretersCommand({ maxResults: AGENTCORE_PAGE_SIZE, nextToken, type: "CUSTOM" }),
    listKey: "codeInterpreterSummaries",
    get: (s) =>
      str(s.codeInterpreterId)
        ? new GetCodeInterpreterCommand({ codeInterpreterId: str(s.codeInterpreterId) })
        : undefined,
    arn: (s, d) => str(d?.codeInterpreterArn) ?? str(s.codeInterpreterArn),
    name: (s) => str(s.name) ?? str(s.codeInterpreterId),
  },
};

/** The Get operation of each listing, as operations.ts names it. */
const GET_OF: Record<string, string> = {
  ListAgentRuntimes: "GetAgentRuntime",
  ListGateways: "GetGateway",
  ListMemories: "GetMemory",
  ListBrowsers: "GetBrowser",
  ListCodeInterpreters: "GetCodeInterpreter",
};

/**
 * Amazon Bedrock AgentCore per region: runtimes, gateways, memories and custom browsers and code interpreters,
 * each listed then read one by one, and KMS asked who manages each named key (the API reports a customer
 * managed and an AWS managed key alike, as a key ARN). Listing failures carry no resource, so they are the
 * region's enumeration gaps.
 */
export async function collectAgentCore(ctx: AwsCollectContext): Promise<void> {
  const clients = new ClientCache((region) =>
    createAwsClient(BedrockAgentCoreControlClient, ctx.options, region),
  );
  const keys = new KeyDescriber(ctx);
  try {
    await Promise.all(
      regionsToScan(ctx.options).flatMap((region) =>
        Object.entries(KINDS).map(([listing, kind]) =>
          collectKind(ctx, clients.get(region), keys, region, listing, kind),
        ),
      ),
    );
  } finally {
    clients.destroyAll();
    keys.destroy();
  }
}

async function collectKind(
  ctx: AwsCollectContext,
  client: BedrockAgentCoreControlClient,
  keys: KeyDescriber,
  region: string,
  listing: string,
  kind: Kind,
): Promise<void> {
  const summaries = await listAll<Item>(
    ctx,
    AGENTCORE_CLIENT,
    client,
    kind.list,
    (page) => page[kind.listKey] as Item[] | undefined,
    { region },
  );
  await forEachBounded(summaries ?? [], ctx.options.concurrency, async (summary) => {
    const listedName = kind.name(summary, undefined);
    const command = kind.get(summary);
    if (!listedName || !command) return;
    const at: ReadScope = { region, resource: listedName };
    const reply = await ctx.reader.read<Item>(AGENTCORE_CLIENT, client, command, at);
    const detail = reply.ok
      ? ((kind.getKey ? reply.value?.[kind.getKey] : reply.value) as Item | undefined)
      : undefined;
    const keyId = detail && kind.key?.(detail);
    const key = keyId ? await keys.describe(keyId, region) : undefined;
    const replies: Record<string, unknown> = { [listing]: summary };
    if (reply.ok) replies[GET_OF[listing]!] = detail ?? null;
    if (key) replies[KMS_KEY_REPLY] = key;
    const resourceId = kind.arn(
      summary,
      detail,
      `arn:${ctx.partition}:bedrock-agentcore:${region}:${ctx.account}`,
    );
    if (!resourceId) return;
    ctx.inventory.records.push({
      provider: "aws",
      account: ctx.account,
      region,
      service: AGENTCORE_CLIENT,
      resourceType: kind.resourceType,
      resourceId,
      name: kind.name(summary, detail) ?? listedName,
      replies,
    });
  });
  if (summaries && summaries.length > 0)
    ctx.options.onProgress?.(`aws ${ctx.account} ${region}: ${summaries.length} AgentCore ${kind.listKey}`);
}
