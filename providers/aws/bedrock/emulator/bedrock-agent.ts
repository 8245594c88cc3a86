// Agents for Amazon Bedrock control plane (restJson1, signing name "bedrock", like Bedrock itself): agents, their
// knowledge-base associations, knowledge bases, data sources and tags. Paths and shapes follow the Agents for
// Amazon Bedrock API Reference and the @aws-sdk/client-bedrock-agent model; note that the list operations are
// POSTs with maxResults/nextToken in a JSON body, and that several paths end in "/".
import type {
  BedrockAgent,
  BedrockDataSource,
  BedrockFlow,
  BedrockKnowledgeBase,
  BedrockPrompt,
} from "./estate.js";
import type {
  EmuRequest,
  EmuResponse,
  HandlerContext,
  Operation,
  ServiceEmulator,
} from "../../../../mocks/types.js";
import {
  arn,
  bedrockErrors,
  isResponse,
  jsonBody,
  notFound,
  notImplemented,
  ok,
  paginate,
  regionState,
  upperId,
} from "./bedrock-common.js";
import { BEDROCK_AGENT_SEGMENTS } from "./bedrock.js";

const ID = "([^/]+)";
/** Read routes: [method, path pattern, operation]. Every other non-GET request is a write. */
const READS: ReadonlyArray<[string, RegExp, string]> = [
  ["POST", /^\/agents\/$/, "ListAgents"],
  ["GET", new RegExp(`^/agents/${ID}/$`), "GetAgent"],
  ["POST", new RegExp(`^/agents/${ID}/agentversions/${ID}/knowledgebases/$`), "ListAgentKnowledgeBases"],
  ["POST", /^\/knowledgebases\/$/, "ListKnowledgeBases"],
  ["GET", new RegExp(`^/knowledgebases/${ID}$`), "GetKnowledgeBase"],
  ["POST", new RegExp(`^/knowledgebases/${ID}/datasources/$`), "ListDataSources"],
  ["GET", new RegExp(`^/knowledgebases/${ID}/datasources/${ID}$`), "GetDataSource"],
  ["GET", /^\/tags\/(.+)$/, "ListTagsForResource"],
  ["GET", /^\/flows\/$/, "ListFlows"],
  ["GET", new RegExp(`^/flows/${ID}/$`), "GetFlow"],
  ["GET", /^\/prompts\/$/, "ListPrompts"],
  ["GET", new RegExp(`^/prompts/${ID}/$`), "GetPrompt"],
  // Reads aiposture does not call: named (so they are not mistaken for writes) and answered NotImplemented.
  ["POST", new RegExp(`^/agents/${ID}/agentaliases/$`), "ListAgentAliases"],
  ["POST", new RegExp(`^/agents/${ID}/agentversions/$`), "ListAgentVersions"],
  ["POST", new RegExp(`^/agents/${ID}/agentversions/${ID}/actiongroups/$`), "ListAgentActionGroups"],
  ["POST", new RegExp(`^/agents/${ID}/agentversions/${ID}/agentcollaborators/$`), "ListAgentCollaborators"],
  ["POST", new RegExp(`^/knowledgebases/${ID}/datasources/${ID}/ingestionjobs/$`), "ListIngestionJobs"],
  ["POST", new RegExp(`^/knowledgebases/${ID}/datasources/${ID}/documents$`), "ListKnowledgeBaseDocuments"],
  [
    "POST",
    new RegExp(`^/knowledgebases/${ID}/datasources/${ID}/documents/getDocuments$`),
    "GetKnowledgeBaseDocuments",
  ],
];

const VERBS: Record<string, string> = { PUT: "Put", POST: "Post", DELETE: "Delete", PATCH: "Patch" };

function operation(req: EmuRequest): Operation | undefined {
  for (const [method, pattern, name] of READS) {
    const match = req.method === method ? pattern.exec(req.path) : null;
    if (!match) continue;
    const resource = name === "GetDataSource" ? `${match[1]}/${match[2]}` : (match[1] ?? "");
    return { name, resource, write: false };
  }
  const segment = req.path.split("/")[1] ?? "";
  const noun = segment.charAt(0).toUpperCase() + segment.slice(1);
  if (req.method === "GET" || req.method === "HEAD")
    return { name: `Get${noun}`, resource: "", write: false };
  return { name: `${VERBS[req.method] ?? req.method}${noun}`, resource: "", write: true };
}

// --- views ----------------------------------------------------------------------------------------------------

export function agentIds(agent: BedrockAgent, ctx: HandlerContext) {
  const id = agent.agentId ?? upperId(`agent:${agent.agentName}`);
  return { id, arn: agent.agentArn ?? arn(ctx, `agent/${id}`) };
}

export function knowledgeBaseIds(kb: BedrockKnowledgeBase, ctx: HandlerContext) {
  const id = kb.knowledgeBaseId ?? upperId(`kb:${kb.name}`);
  return { id, arn: kb.knowledgeBaseArn ?? arn(ctx, `knowledge-base/${id}`) };
}

export function flowIds(flow: BedrockFlow, ctx: HandlerContext) {
  const id = flow.id ?? upperId(`flow:${flow.name}`);
  return { id, arn: flow.arn ?? arn(ctx, `flow/${id}`) };
}

export function promptIds(prompt: BedrockPrompt, ctx: HandlerContext) {
  const id = prompt.id ?? upperId(`prompt:${prompt.name}`);
  return { id, arn: prompt.arn ?? arn(ctx, `prompt/${id}`) };
}

function dataSourceId(kb: BedrockKnowledgeBase, ds: BedrockDataSource): string {
  return ds.dataSourceId ?? upperId(`ds:${kb.name}:${ds.name}`);
}

function agentView(agent: BedrockAgent, ctx: HandlerContext) {
  const { tags: _tags, knowledgeBases: _kbs, ...reply } = agent;
  const ids = agentIds(agent, ctx);
  return { ...reply, agentId: ids.id, agentArn: ids.arn };
}

function knowledgeBaseView(kb: BedrockKnowledgeBase, ctx: HandlerContext) {
  const { tags: _tags, dataSources: _ds, ...reply } = kb;
  const ids = knowledgeBaseIds(kb, ctx);
  return { ...reply, knowledgeBaseId: ids.id, knowledgeBaseArn: ids.arn };
}

// --- handlers -------------------------------------------------------------------------------------------------

function handle(req: EmuRequest, op: Operation, ctx: HandlerContext): EmuResponse {
  const state = regionState(ctx);
  const findAgent = (id: string) => state.agents.find((a) => agentIds(a, ctx).id === id);
  const findKb = (id: string) => state.knowledgeBases.find((kb) => knowledgeBaseIds(kb, ctx).id === id);
  const [first, second] = op.resource.split("/");

  switch (op.name) {
    case "ListAgents":
      return list(req, ctx, "ListAgents", state.agents, "agentSummaries", (a) => ({
        agentId: agentIds(a, ctx).id,
        agentName: a.agentName,
        agentStatus: a.agentStatus,
        ...(a.description ? { description: a.description } : {}),
        updatedAt: a.updatedAt,
        latestAgentVersion: a.agentVersion,
        ...(a.guardrailConfiguration ? { guardrailConfiguration: a.guardrailConfiguration } : {}),
      }));

    case "GetAgent": {
      const agent = findAgent(op.resource);
      return agent ? ok({ agent: agentView(agent, ctx) }) : notFound(`Agent ${op.resource}`);
    }

    case "ListAgentKnowledgeBases": {
      const agent = findAgent(op.resource);
      const version = req.path.split("/")[4];
      if (!agent || (version !== "DRAFT" && version !== agent.agentVersion))
        return notFound(`Agent ${op.resource} version ${version ?? ""}`);
      return list(
        req,
        ctx,
        `ListAgentKnowledgeBases|${op.resource}`,
        agent.knowledgeBases,
        "agentKnowledgeBaseSummaries",
        (k) => {
          // The estate may name the knowledge base instead of giving its id.
          const byName = state.knowledgeBases.find((kb) => kb.name === k.knowledgeBaseId);
          return {
            knowledgeBaseId: byName ? knowledgeBaseIds(byName, ctx).id : k.knowledgeBaseId,
            knowledgeBaseState: k.knowledgeBaseState,
            ...(k.description ? { description: k.description } : {}),
            updatedAt: k.updatedAt,
          };
        },
      );
    }

    case "ListKnowledgeBases":
      return list(req, ctx, "ListKnowledgeBases", state.knowledgeBases, "knowledgeBaseSummaries", (kb) => ({
        knowledgeBaseId: knowledgeBaseIds(kb, ctx).id,
        name: kb.name,
        ...(kb.description ? { description: kb.description } : {}),
        status: kb.status,
        updatedAt: kb.updatedAt,
      }));

    case "GetKnowledgeBase": {
      const kb = findKb(op.resource);
      return kb
        ? ok({ knowledgeBase: knowledgeBaseView(kb, ctx) })
        : notFound(`Knowledge base ${op.resource}`);
    }

    case "ListDataSources": {
      const kb = findKb(op.resource);
      if (!kb) return notFound(`Knowledge base ${op.resource}`);
      return list(
        req,
        ctx,
        `ListDataSources|${op.resource}`,
        kb.dataSources,
        "dataSourceSummaries",
        (ds) => ({
          knowledgeBaseId: op.resource,
          dataSourceId: dataSourceId(kb, ds),
          name: ds.name,
          status: ds.status,
          ...(ds.description ? { description: ds.description } : {}),
          updatedAt: ds.updatedAt,
        }),
      );
    }

    case "GetDataSource": {
      const kb = first ? findKb(first) : undefined;
      if (!kb) return notFound(`Knowledge base ${first ?? ""}`);
      const ds = kb.dataSources.find((d) => dataSourceId(kb, d) === second);
      if (!ds) return notFound(`Data source ${second ?? ""}`);
      return ok({ dataSource: { ...ds, dataSourceId: dataSourceId(kb, ds), knowledgeBaseId: first } });
    }

    case "ListFlows": {
      const page = paginate(state.flows, queryParams(req), ctx, "ListFlows");
      if (isResponse(page)) return page;
      return ok({
        flowSummaries: page.items.map((f) => ({
          name: f.name,
          ...(f.description ? { description: f.description } : {}),
          ...flowIds(f, ctx),
          status: f.status,
          createdAt: f.createdAt,
          updatedAt: f.updatedAt,
          version: f.version,
        })),
        ...(page.nextToken ? { nextToken: page.nextToken } : {}),
      });
    }

    case "GetFlow": {
      const flow = state.flows.find((f) => flowIds(f, ctx).id === op.resource);
      if (!flow) return notFound(`Flow ${op.resource}`);
      const { tags: _tags, ...reply } = flow;
      // The estate may name a knowledge-base node's knowledge base instead of giving its id.
      const nodes = flow.definition?.nodes.map((node) => {
        const kb = node.configuration?.knowledgeBase;
        const byName = kb && state.knowledgeBases.find((k) => k.name === kb.knowledgeBaseId);
        if (!kb || !byName) return node;
        const knowledgeBase = { ...kb, knowledgeBaseId: knowledgeBaseIds(byName, ctx).id };
        return { ...node, configuration: { ...node.configuration, knowledgeBase } };
      });
      const definition = flow.definition ? { ...flow.definition, nodes } : undefined;
      return ok({ ...reply, ...(definition ? { definition } : {}), ...flowIds(flow, ctx) });
    }

    case "ListPrompts": {
      const page = paginate(state.prompts, queryParams(req), ctx, "ListPrompts");
      if (isResponse(page)) return page;
      return ok({
        promptSummaries: page.items.map((p) => ({
          name: p.name,
          ...(p.description ? { description: p.description } : {}),
          ...promptIds(p, ctx),
          version: p.version,
          createdAt: p.createdAt,
          updatedAt: p.updatedAt,
        })),
        ...(page.nextToken ? { nextToken: page.nextToken } : {}),
      });
    }

    case "GetPrompt": {
      const prompt = state.prompts.find((p) => promptIds(p, ctx).id === op.resource);
      if (!prompt) return notFound(`Prompt ${op.resource}`);
      const { tags: _tags, ...reply } = prompt;
      return ok({ ...reply, ...promptIds(prompt, ctx) });
    }

    case "ListTagsForResource": {
      const tags =
        state.agents.find((a) => agentIds(a, ctx).arn === op.resource)?.tags ??
        state.knowledgeBases.find((kb) => knowledgeBaseIds(kb, ctx).arn === op.resource)?.tags;
      return tags ? ok({ tags }) : notFound(`Resource ${op.resource}`);
    }

    default:
      return notImplemented(op.name);
  }
}

/** Flows and prompts are listed with GETs: maxResults/nextToken come in the query string. */
function queryParams(req: EmuRequest) {
  return {
    maxResults: req.query.get("maxResults") ?? undefined,
    nextToken: req.query.get("nextToken") ?? undefined,
  };
}

/** A POST list operation: maxResults/nextToken come in the JSON body. */
function list<T>(
  req: EmuRequest,
  ctx: HandlerContext,
  scope: string,
  items: readonly T[],
  key: string,
  view: (item: T) => unknown,
): EmuResponse {
  const body = jsonBody(req);
  if (isResponse(body)) return body;
  const page = paginate(items, body, ctx, scope);
  if (isResponse(page)) return page;
  return ok({ [key]: page.items.map(view), ...(page.nextToken ? { nextToken: page.nextToken } : {}) });
}

export const bedrockAgent: ServiceEmulator = {
  name: "bedrock-agent",
  matches: (req) =>
    req.auth?.service === "bedrock" && BEDROCK_AGENT_SEGMENTS.has(req.path.split("/")[1] ?? ""),
  operation,
  errors: bedrockErrors,
  handle,
};
