// What Amazon Bedrock and Bedrock Agent share on the wire: restJson1 errors with the codes of the Bedrock API
// Reference ("Common Errors" and each operation's Errors section), nextToken/maxResults pagination, and the
// ids and ARNs the services mint (derived from names, so an estate needs no ids).
import { createHash, createHmac } from "node:crypto";
import type { BedrockRegion } from "./estate.js";
import { jsonError, jsonOk } from "../../../../mocks/protocols/json.js";
import type { EmuRequest, EmuResponse, HandlerContext, ServiceErrors } from "../../../../mocks/types.js";
import { bedrockEstate } from "./estate.js";

export const bedrockErrors: ServiceErrors = {
  error: (status, code, message) => jsonError(status, code, message, "rest"),
  throttling: {
    status: 429,
    code: "ThrottlingException",
    message: "Too many requests, please wait before trying again.",
  },
  accessDenied: {
    status: 403,
    code: "AccessDeniedException",
    message: "You don't have access to the requested resource.",
  },
  missingAuth: {
    status: 403,
    code: "MissingAuthenticationTokenException",
    message: "Missing Authentication Token",
  },
  writeDenied: { status: 403, code: "AccessDeniedException", message: "The emulator is read-only" },
  unknownOperation: { status: 404, code: "UnknownOperationException", message: "Unknown operation" },
};

export function ok(body: unknown): EmuResponse {
  return jsonOk(body, "rest");
}

export function notFound(what: string): EmuResponse {
  return bedrockErrors.error(404, "ResourceNotFoundException", `${what} was not found.`);
}

export function validation(message: string): EmuResponse {
  return bedrockErrors.error(400, "ValidationException", message);
}

export function notImplemented(operation: string): EmuResponse {
  return bedrockErrors.error(501, "NotImplemented", `${operation} is not implemented by the emulator`);
}

/** The region's Bedrock state; a region the estate does not mention is empty (nothing created there yet). */
export function regionState(ctx: HandlerContext): BedrockRegion {
  return (
    bedrockEstate.of(ctx.account)?.[ctx.region] ?? {
      customModels: [],
      guardrails: [],
      agents: [],
      knowledgeBases: [],
      flows: [],
      prompts: [],
      modelInvocationJobs: [],
    }
  );
}

/** A stable id of `length` characters from `alphabet`, derived from a name (as the service would mint one). */
export function mintId(name: string, length: number, alphabet: string): string {
  const digest = createHash("sha256").update(name).digest();
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[(digest[i] ?? 0) % alphabet.length];
  return out;
}

const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const LOWER = "abcdefghijklmnopqrstuvwxyz0123456789";

/** Agent, knowledge base and data source ids: 10 upper-case alphanumerics. */
export const upperId = (name: string) => mintId(name, 10, UPPER);
/** Guardrail ids and custom-model ARN suffixes: 12 lower-case alphanumerics. */
export const lowerId = (name: string) => mintId(name, 12, LOWER);

export function arn(ctx: HandlerContext, resource: string): string {
  return `arn:${partition(ctx.region)}:bedrock:${ctx.region}:${ctx.account.id}:${resource}`;
}

function partition(region: string): string {
  if (region.startsWith("cn-")) return "aws-cn";
  if (region.startsWith("us-gov-")) return "aws-us-gov";
  return "aws";
}

// --- pagination -----------------------------------------------------------------------------------------------

/** Tokens are opaque to clients but signed here, so a forged or cross-operation token is a ValidationException. */
const TOKEN_KEY = "aiposture-emulator-bedrock";

function signToken(scope: string, offset: number): string {
  const body = `${offset}\n${scope}`;
  const mac = createHmac("sha256", TOKEN_KEY).update(body).digest("base64url").slice(0, 16);
  return Buffer.from(`${body}\n${mac}`).toString("base64url");
}

function readToken(scope: string, token: string): number | undefined {
  const [offset] = Buffer.from(token, "base64url").toString("utf8").split("\n");
  if (offset === undefined || !/^\d+$/.test(offset)) return undefined;
  return signToken(scope, Number(offset)) === token ? Number(offset) : undefined;
}

export interface PageRequest {
  maxResults?: unknown;
  nextToken?: unknown;
}

/**
 * One page of `items`. `maxResults` must be 1–1000 (the documented range of every list operation used here);
 * the emulator's page size, when configured, caps it further. `scope` ties a token to the operation and
 * account/region/parent it was issued for.
 */
export function paginate<T>(
  items: readonly T[],
  request: PageRequest,
  ctx: HandlerContext,
  scope: string,
): { items: T[]; nextToken?: string } | EmuResponse {
  let max = Number.POSITIVE_INFINITY;
  if (request.maxResults !== undefined && request.maxResults !== null && request.maxResults !== "") {
    const n = Number(request.maxResults);
    if (!Number.isInteger(n) || n < 1 || n > 1000)
      return validation(
        "1 validation error detected: Value at 'maxResults' failed to satisfy constraint: Member must have value between 1 and 1000",
      );
    max = n;
  }
  if (ctx.pageSize) max = Math.min(max, ctx.pageSize);
  const fullScope = `${ctx.account.id}|${ctx.region}|${scope}`;
  let offset = 0;
  if (typeof request.nextToken === "string" && request.nextToken !== "") {
    const decoded = readToken(fullScope, request.nextToken);
    if (decoded === undefined) return validation("The pagination token is invalid or expired.");
    offset = decoded;
  }
  const page = items.slice(offset, offset + max);
  const next = offset + page.length;
  return next < items.length ? { items: page, nextToken: signToken(fullScope, next) } : { items: page };
}

export function isResponse(value: unknown): value is EmuResponse {
  return (
    typeof value === "object" &&
    value !== null &&
    "status" in value &&
    typeof (value as EmuResponse).status === "number"
  );
}

/** The JSON body of a POST list call (ListAgents & co. send maxResults/nextToken in the body). */
export function jsonBody(req: EmuRequest): Record<string, unknown> | EmuResponse {
  if (!req.body) return {};
  try {
    const parsed: unknown = JSON.parse(req.body);
    return parsed && typeof parsed === "object" && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : validation("The request body must be a JSON object.");
  } catch {
    return bedrockErrors.error(400, "SerializationException", "The request body is not valid JSON.");
  }
}

/** `{k: v}` tags as each API's ListTagsForResource shapes them. */
export function tagList(tags: Record<string, string>): Array<{ key: string; value: string }> {
  return Object.entries(tags).map(([key, value]) => ({ key, value }));
}
