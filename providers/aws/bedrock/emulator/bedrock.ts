// Amazon Bedrock control plane (restJson1, signing name "bedrock"): model invocation logging, custom models,
// guardrails and their tags. Paths, methods and shapes follow the Bedrock API Reference and the
// @aws-sdk/client-bedrock model; Bedrock Agent shares the signing name and is told apart by path
// (services/bedrock-agent.ts, listed first).
import type { BedrockCustomModel, BedrockGuardrail } from "./estate.js";
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
  lowerId,
  notFound,
  notImplemented,
  ok,
  paginate,
  regionState,
  tagList,
  validation,
} from "./bedrock-common.js";

/** Read routes: [method, path pattern, operation]. Everything else that is not a GET is a write. */
const READS: ReadonlyArray<[string, RegExp, string]> = [
  ["GET", /^\/logging\/modelinvocations$/, "GetModelInvocationLoggingConfiguration"],
  ["GET", /^\/custom-models$/, "ListCustomModels"],
  ["GET", /^\/custom-models\/(.+)$/, "GetCustomModel"],
  ["GET", /^\/guardrails$/, "ListGuardrails"],
  ["GET", /^\/guardrails\/(.+)$/, "GetGuardrail"],
  ["POST", /^\/listTagsForResource$/, "ListTagsForResource"],
  ["GET", /^\/model-invocation-jobs$/, "ListModelInvocationJobs"],
];

const VERBS: Record<string, string> = { PUT: "Put", POST: "Create", DELETE: "Delete", PATCH: "Update" };

function operation(req: EmuRequest): Operation | undefined {
  for (const [method, pattern, name] of READS) {
    const match = req.method === method ? pattern.exec(req.path) : null;
    if (match) return { name, resource: match[1] ?? resourceFromBody(req), write: false };
  }
  const segment = req.path.split("/")[1] ?? "";
  const noun = segment.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase());
  if (req.method === "GET" || req.method === "HEAD")
    return { name: `Get${noun}`, resource: "", write: false };
  return { name: `${VERBS[req.method] ?? req.method}${noun}`, resource: "", write: true };
}

function resourceFromBody(req: EmuRequest): string {
  if (!req.body) return "";
  try {
    const body = JSON.parse(req.body) as { resourceARN?: unknown };
    return typeof body.resourceARN === "string" ? body.resourceARN : "";
  } catch {
    return "";
  }
}

// --- views: estate entries as the API returns them ------------------------------------------------------------

export function customModelArn(model: BedrockCustomModel, ctx: HandlerContext): string {
  const base = model.baseModelArn.split("/").pop() ?? "custom";
  return model.modelArn ?? arn(ctx, `custom-model/${base}/${lowerId(model.modelName)}`);
}

function customModelView(model: BedrockCustomModel, ctx: HandlerContext) {
  const { tags: _tags, ownerAccountId: _owner, ...reply } = model;
  return { ...reply, modelArn: customModelArn(model, ctx) };
}

function guardrailIds(guardrail: BedrockGuardrail, ctx: HandlerContext) {
  const id = guardrail.guardrailId ?? lowerId(guardrail.name);
  return { id, arn: guardrail.guardrailArn ?? arn(ctx, `guardrail/${id}`) };
}

function guardrailView(guardrail: BedrockGuardrail, ctx: HandlerContext) {
  const { tags: _tags, ...reply } = guardrail;
  const ids = guardrailIds(guardrail, ctx);
  return { ...reply, guardrailId: ids.id, guardrailArn: ids.arn };
}

// --- handlers -------------------------------------------------------------------------------------------------

function handle(req: EmuRequest, op: Operation, ctx: HandlerContext): EmuResponse {
  const state = regionState(ctx);
  switch (op.name) {
    case "GetModelInvocationLoggingConfiguration":
      // Never configured: 200 with an empty object, not an error.
      return ok(state.loggingConfig ? { loggingConfig: state.loggingConfig } : {});

    case "ListModelInvocationJobs": {
      const jobs = [...state.modelInvocationJobs].sort((a, b) => b.submitTime.localeCompare(a.submitTime));
      const page = paginate(jobs, pageParams(req), ctx, "ListModelInvocationJobs");
      if (isResponse(page)) return page;
      return ok({
        invocationJobSummaries: page.items.map((job) => ({
          ...job,
          jobArn: job.jobArn ?? arn(ctx, `model-invocation-job/${lowerId(`job:${job.jobName}`)}`),
        })),
        ...(page.nextToken ? { nextToken: page.nextToken } : {}),
      });
    }

    case "ListCustomModels": {
      const models = [...state.customModels].sort((a, b) => b.creationTime.localeCompare(a.creationTime));
      const page = paginate(models, pageParams(req), ctx, "ListCustomModels");
      if (isResponse(page)) return page;
      return ok({
        modelSummaries: page.items.map((m) => ({
          modelArn: customModelArn(m, ctx),
          modelName: m.modelName,
          creationTime: m.creationTime,
          baseModelArn: m.baseModelArn,
          baseModelName: m.baseModelArn.split("/").pop(),
          customizationType: m.customizationType,
          ownerAccountId: m.ownerAccountId ?? ctx.account.id,
          modelStatus: m.modelStatus,
        })),
        ...(page.nextToken ? { nextToken: page.nextToken } : {}),
      });
    }

    case "GetCustomModel": {
      const model = state.customModels.find(
        (m) => m.modelName === op.resource || customModelArn(m, ctx) === op.resource,
      );
      return model ? ok(customModelView(model, ctx)) : notFound(`Custom model ${op.resource}`);
    }

    case "ListGuardrails": {
      const only = req.query.get("guardrailIdentifier");
      const guardrails = only
        ? state.guardrails.filter((g) => [guardrailIds(g, ctx).id, guardrailIds(g, ctx).arn].includes(only))
        : state.guardrails;
      if (only && guardrails.length === 0) return notFound(`Guardrail ${only}`);
      const page = paginate(guardrails, pageParams(req), ctx, `ListGuardrails|${only ?? ""}`);
      if (isResponse(page)) return page;
      return ok({
        guardrails: page.items.map((g) => {
          const ids = guardrailIds(g, ctx);
          return {
            id: ids.id,
            arn: ids.arn,
            status: g.status,
            name: g.name,
            ...(g.description ? { description: g.description } : {}),
            version: g.version,
            createdAt: g.createdAt,
            updatedAt: g.updatedAt,
          };
        }),
        ...(page.nextToken ? { nextToken: page.nextToken } : {}),
      });
    }

    case "GetGuardrail": {
      const guardrail = state.guardrails.find((g) =>
        [guardrailIds(g, ctx).id, guardrailIds(g, ctx).arn].includes(op.resource),
      );
      if (!guardrail) return notFound(`Guardrail ${op.resource}`);
      const version = req.query.get("guardrailVersion");
      // The estate holds one configuration per guardrail: its DRAFT (or the version it names).
      if (version && version !== "DRAFT" && version !== guardrail.version)
        return notFound(`Version ${version} of guardrail ${op.resource}`);
      return ok(guardrailView(guardrail, ctx));
    }

    case "ListTagsForResource": {
      const body = jsonBody(req);
      if (isResponse(body)) return body;
      const target = body.resourceARN;
      if (typeof target !== "string" || !target.startsWith("arn:"))
        return validation("resourceARN must be the ARN of a Bedrock resource.");
      const tags =
        state.customModels.find((m) => customModelArn(m, ctx) === target)?.tags ??
        state.guardrails.find((g) => guardrailIds(g, ctx).arn === target)?.tags;
      return tags ? ok({ tags: tagList(tags) }) : notFound(`Resource ${target}`);
    }

    default:
      return notImplemented(op.name);
  }
}

function pageParams(req: EmuRequest) {
  return {
    maxResults: req.query.get("maxResults") ?? undefined,
    nextToken: req.query.get("nextToken") ?? undefined,
  };
}

/** First path segments that belong to Bedrock Agent (same signing name); everything else is Bedrock. */
export const BEDROCK_AGENT_SEGMENTS = new Set([
  "agents",
  "knowledgebases",
  "tags",
  "flows",
  "prompts",
  "resourcepolicy",
]);

export const bedrock: ServiceEmulator = {
  name: "bedrock",
  matches: (req) =>
    req.auth?.service === "bedrock" && !BEDROCK_AGENT_SEGMENTS.has(req.path.split("/")[1] ?? ""),
  operation,
  errors: bedrockErrors,
  handle,
};
