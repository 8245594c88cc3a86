// Amazon Bedrock AgentCore control plane (restJson1, signing name "bedrock-agentcore"). Paths and shapes follow
// the AgentCore Control Plane API Reference and the @aws-sdk/client-bedrock-agentcore-control model: the list
// operations of runtimes, browsers and code interpreters are POSTs with maxResults/nextToken (and type) in the
// query string, ListGateways is a GET with them in the query, ListMemories a POST with them in a JSON body.
import type {
  EmuRequest,
  EmuResponse,
  HandlerContext,
  Operation,
  ServiceEmulator,
} from "../../../../mocks/types.js";
import {
  bedrockErrors,
  isResponse,
  jsonBody,
  mintId,
  notFound,
  notImplemented,
  ok,
  paginate,
  validation,
  type PageRequest,
} from "../../bedrock/emulator/bedrock-common.js";
import { agentCoreEstate, type AgentCoreRegion } from "./estate.js";

const ID = "([^/]+)";
/** Read routes: [method, path pattern, operation]. Every other non-GET request is a write. */
const READS: ReadonlyArray<[string, RegExp, string]> = [
  ["POST", /^\/runtimes\/$/, "ListAgentRuntimes"],
  ["GET", new RegExp(`^/runtimes/${ID}/$`), "GetAgentRuntime"],
  ["GET", /^\/gateways\/$/, "ListGateways"],
  ["GET", new RegExp(`^/gateways/${ID}/$`), "GetGateway"],
  ["POST", /^\/memories\/$/, "ListMemories"],
  ["GET", new RegExp(`^/memories/${ID}/details$`), "GetMemory"],
  ["POST", /^\/browsers$/, "ListBrowsers"],
  ["GET", new RegExp(`^/browsers/${ID}$`), "GetBrowser"],
  ["POST", /^\/code-interpreters$/, "ListCodeInterpreters"],
  ["GET", new RegExp(`^/code-interpreters/${ID}$`), "GetCodeInterpreter"],
  // Reads aiposture does not call: named (so they are not mistaken for writes) and answered NotImplemented.
  ["POST", new RegExp(`^/runtimes/${ID}/versions/$`), "ListAgentRuntimeVersions"],
  ["POST", new RegExp(`^/runtimes/${ID}/runtime-endpoints/$`), "ListAgentRuntimeEndpoints"],
  ["GET", new RegExp(`^/gateways/${ID}/targets/$`), "ListGatewayTargets"],
  ["GET", /^\/tags\/(.+)$/, "ListTagsForResource"],
];

const VERBS: Record<string, string> = { PUT: "Put", POST: "Create", DELETE: "Delete", PATCH: "Update" };

function operation(req: EmuRequest): Operation | undefined {
  for (const [method, pattern, name] of READS) {
    const match = req.method === method ? pattern.exec(req.path) : null;
    if (match) return { name, resource: match[1] ?? "", write: false };
  }
  const segment = req.path.split("/")[1] ?? "";
  const noun = segment.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase());
  if (req.method === "GET" || req.method === "HEAD")
    return { name: `Get${noun}`, resource: "", write: false };
  return { name: `${VERBS[req.method] ?? req.method}${noun}`, resource: "", write: true };
}

const LOWER = "abcdefghijklmnopqrstuvwxyz0123456789";
const MIXED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** Ids as the service mints them: the name, a hyphen and ten characters. */
const idFor = (kind: string, name: string, alphabet = MIXED) =>
  `${name}-${mintId(`${kind}:${name}`, 10, alphabet)}`;

function arnPrefix(ctx: HandlerContext): string {
  const partition = ctx.region.startsWith("cn-")
    ? "aws-cn"
    : ctx.region.startsWith("us-gov-")
      ? "aws-us-gov"
      : "aws";
  return `arn:${partition}:bedrock-agentcore:${ctx.region}:${ctx.account.id}`;
}

function regionState(ctx: HandlerContext): AgentCoreRegion {
  return (
    agentCoreEstate.of(ctx.account)?.[ctx.region] ?? {
      runtimes: [],
      gateways: [],
      memories: [],
      browsers: [],
      codeInterpreters: [],
    }
  );
}

// --- views: each resource as its Get reply, with minted ids and ARNs ---------------------------------------------

type Item = Record<string, unknown>;

function views(ctx: HandlerContext) {
  const state = regionState(ctx);
  const prefix = arnPrefix(ctx);
  const runtimes = state.runtimes.map((r) => {
    const id = r.agentRuntimeId ?? idFor("runtime", r.agentRuntimeName.replace(/-/g, "_"));
    return { ...r, agentRuntimeId: id, agentRuntimeArn: r.agentRuntimeArn ?? `${prefix}:runtime/${id}` };
  });
  const gateways = state.gateways.map((g) => {
    const id = g.gatewayId ?? idFor("gateway", g.name, LOWER);
    return {
      ...g,
      gatewayId: id,
      gatewayArn: g.gatewayArn ?? `${prefix}:gateway/${id}`,
      gatewayUrl: `https://${id}.gateway.bedrock-agentcore.${ctx.region}.amazonaws.com/mcp`,
    };
  });
  const memories = state.memories.map((m) => {
    const id = m.id ?? idFor("memory", m.name);
    // Memory timestamps are epoch seconds on the wire (the other resources' are ISO 8601 date-times).
    return {
      ...m,
      id,
      arn: m.arn ?? `${prefix}:memory/${id}`,
      createdAt: Date.parse(m.createdAt) / 1000,
      updatedAt: Date.parse(m.updatedAt) / 1000,
    };
  });
  const browsers = state.browsers.map((b) => {
    const id = b.browserId ?? idFor("browser", b.name);
    return { ...b, browserId: id, browserArn: b.browserArn ?? `${prefix}:browser-custom/${id}` };
  });
  const codeInterpreters = state.codeInterpreters.map((c) => {
    const id = c.codeInterpreterId ?? idFor("code-interpreter", c.name);
    return {
      ...c,
      codeInterpreterId: id,
      codeInterpreterArn: c.codeInterpreterArn ?? `${prefix}:code-interpreter-custom/${id}`,
    };
  });
  return { runtimes, gateways, memories, browsers, codeInterpreters };
}

/** The system tools every region has, owned by AWS (account "aws" in their ARNs). */
function systemTool(ctx: HandlerContext, kind: "browser" | "code-interpreter"): Item {
  const id = kind === "browser" ? "aws.browser.v1" : "aws.codeinterpreter.v1";
  const arn = `arn:aws:bedrock-agentcore:${ctx.region}:aws:${kind}/${id}`;
  return kind === "browser"
    ? { browserId: id, browserArn: arn, name: id, status: "READY", createdAt: "2025-07-16T00:00:00Z" }
    : {
        codeInterpreterId: id,
        codeInterpreterArn: arn,
        name: id,
        status: "READY",
        createdAt: "2025-07-16T00:00:00Z",
      };
}

const pick = (item: Item, keys: readonly string[]): Item =>
  Object.fromEntries(keys.filter((k) => item[k] !== undefined).map((k) => [k, item[k]]));

function queryPage(req: EmuRequest): PageRequest {
  return {
    ...(req.query.has("maxResults") ? { maxResults: req.query.get("maxResults") } : {}),
    ...(req.query.has("nextToken") ? { nextToken: req.query.get("nextToken") } : {}),
  };
}

function page(
  ctx: HandlerContext,
  request: PageRequest,
  scope: string,
  items: readonly Item[],
  key: string,
  view: (item: Item) => Item,
): EmuResponse {
  const result = paginate(items, request, ctx, scope);
  if (isResponse(result)) return result;
  return ok({ [key]: result.items.map(view), ...(result.nextToken ? { nextToken: result.nextToken } : {}) });
}

/** ListBrowsers / ListCodeInterpreters: `type` SYSTEM or CUSTOM, both when absent. */
function tools(req: EmuRequest, ctx: HandlerContext, kind: "browser" | "code-interpreter", custom: Item[]) {
  const type = req.query.get("type");
  if (type !== null && type !== "SYSTEM" && type !== "CUSTOM")
    return validation(`1 validation error detected: Value '${type}' at 'type' failed to satisfy constraint`);
  const system = type === "CUSTOM" ? [] : [systemTool(ctx, kind)];
  return [...system, ...(type === "SYSTEM" ? [] : custom)];
}

function handle(req: EmuRequest, op: Operation, ctx: HandlerContext): EmuResponse {
  const v = views(ctx);
  const find = (items: Item[], key: string) => items.find((item) => item[key] === op.resource);
  switch (op.name) {
    case "ListAgentRuntimes":
      return page(ctx, queryPage(req), op.name, v.runtimes, "agentRuntimes", (r) =>
        pick(r, [
          "agentRuntimeArn",
          "agentRuntimeId",
          "agentRuntimeVersion",
          "agentRuntimeName",
          "description",
          "lastUpdatedAt",
          "status",
        ]),
      );
    case "GetAgentRuntime": {
      const runtime = find(v.runtimes, "agentRuntimeId");
      return runtime ? ok(runtime) : notFound(`Agent runtime ${op.resource}`);
    }
    case "ListGateways":
      return page(ctx, queryPage(req), op.name, v.gateways, "items", (g) =>
        pick(g, [
          "gatewayId",
          "name",
          "status",
          "description",
          "createdAt",
          "updatedAt",
          "authorizerType",
          "protocolType",
        ]),
      );
    case "GetGateway": {
      const gateway = find(v.gateways, "gatewayId");
      return gateway ? ok(gateway) : notFound(`Gateway ${op.resource}`);
    }
    case "ListMemories": {
      const body = jsonBody(req);
      if (isResponse(body)) return body;
      return page(ctx, body, op.name, v.memories, "memories", (m) =>
        pick(m, ["arn", "id", "status", "createdAt", "updatedAt"]),
      );
    }
    case "GetMemory": {
      const memory = find(v.memories, "id");
      return memory ? ok({ memory }) : notFound(`Memory ${op.resource}`);
    }
    case "ListBrowsers": {
      const items = tools(req, ctx, "browser", v.browsers);
      if (isResponse(items)) return items;
      return page(
        ctx,
        queryPage(req),
        `${op.name}|${req.query.get("type") ?? ""}`,
        items,
        "browserSummaries",
        (b) =>
          pick(b, ["browserId", "browserArn", "name", "description", "status", "createdAt", "lastUpdatedAt"]),
      );
    }
    case "GetBrowser": {
      const browser = find(v.browsers, "browserId");
      return browser ? ok(browser) : notFound(`Browser ${op.resource}`);
    }
    case "ListCodeInterpreters": {
      const items = tools(req, ctx, "code-interpreter", v.codeInterpreters);
      if (isResponse(items)) return items;
      return page(
        ctx,
        queryPage(req),
        `${op.name}|${req.query.get("type") ?? ""}`,
        items,
        "codeInterpreterSummaries",
        (c) =>
          pick(c, [
            "codeInterpreterId",
            "codeInterpreterArn",
            "name",
            "description",
            "status",
            "createdAt",
            "lastUpdatedAt",
          ]),
      );
    }
    case "GetCodeInterpreter": {
      const tool = find(v.codeInterpreters, "codeInterpreterId");
      return tool ? ok(tool) : notFound(`Code interpreter ${op.resource}`);
    }
    default:
      return notImplemented(op.name);
  }
}

export const bedrockAgentCore: ServiceEmulator = {
  name: "bedrock-agentcore-control",
  matches: (req) => req.auth?.service === "bedrock-agentcore",
  operation,
  errors: bedrockErrors,
  handle,
};
