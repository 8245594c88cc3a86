// Amazon OpenSearch Serverless control plane (awsJson1_0, X-Amz-Target "OpenSearchServerless.<Operation>",
// signing name "aoss"): ListCollections, BatchGetCollection, ListSecurityPolicies, GetSecurityPolicy and
// ListTagsForResource, following the OpenSearch Serverless API Reference and @aws-sdk/client-opensearchserverless
// (ResourceNotFoundException 404, ValidationException 400; throttling as the common ThrottlingException 400).
import type { ServerlessCollection, ServerlessSecurityPolicy } from "./estate.js";
import { jsonError, jsonOk, jsonTarget } from "../../../../mocks/protocols/json.js";
import type {
  EmuRequest,
  EmuResponse,
  HandlerContext,
  Operation,
  ServiceEmulator,
  ServiceErrors,
} from "../../../../mocks/types.js";
import { opensearchServerlessEstate } from "./estate.js";

const PREFIX = "OpenSearchServerless";
/** BatchGetCollection takes at most 100 ids or names. */
const BATCH_MAX = 100;
const DEFAULT_PAGE = 20;

const errors: ServiceErrors = {
  error: (status, code, message) => jsonError(status, code, message, "1.0"),
  throttling: { status: 400, code: "ThrottlingException", message: "Rate exceeded" },
  accessDenied: {
    status: 403,
    code: "AccessDeniedException",
    message: "User is not authorized to perform this action",
  },
  missingAuth: {
    status: 403,
    code: "MissingAuthenticationTokenException",
    message: "Missing Authentication Token",
  },
  writeDenied: { status: 403, code: "AccessDeniedException", message: "The emulator is read-only" },
  unknownOperation: { status: 400, code: "UnknownOperationException", message: "Unknown operation" },
};

const READS = new Set([
  "ListCollections",
  "BatchGetCollection",
  "ListSecurityPolicies",
  "GetSecurityPolicy",
  "ListTagsForResource",
]);

type Body = Record<string, unknown>;

function body(req: EmuRequest): Body | undefined {
  try {
    const parsed = JSON.parse(req.body || "{}") as unknown;
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Body) : undefined;
  } catch {
    return undefined;
  }
}

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];

function operation(req: EmuRequest): Operation | undefined {
  const target = jsonTarget(req);
  if (!target || target.prefix !== PREFIX) return undefined;
  const name = target.operation;
  const b = body(req) ?? {};
  if (!READS.has(name)) {
    const write = !/^(Get|List|BatchGet|Describe)/.test(name);
    return { name, resource: typeof b.name === "string" ? b.name : "", write };
  }
  const resource =
    name === "BatchGetCollection"
      ? [...strings(b.ids), ...strings(b.names)].join(",")
      : name === "ListSecurityPolicies"
        ? String(b.type ?? "")
        : name === "GetSecurityPolicy"
          ? String(b.name ?? "")
          : name === "ListTagsForResource"
            ? String(b.resourceArn ?? "")
            : "";
  return { name, resource, write: false };
}

// --- views ----------------------------------------------------------------------------------------------------

function regionOfCollection(c: ServerlessCollection): string {
  return c.arn?.split(":")[3] ?? "us-east-1";
}

function collectionArn(c: ServerlessCollection, ctx: HandlerContext): string {
  return c.arn ?? `arn:aws:aoss:${regionOfCollection(c)}:${ctx.account.id}:collection/${c.id}`;
}

function collectionsIn(ctx: HandlerContext): ServerlessCollection[] {
  return (opensearchServerlessEstate.of(ctx.account)?.collections ?? []).filter(
    (c) => regionOfCollection(c) === ctx.region,
  );
}

function policiesIn(ctx: HandlerContext, type: string): ServerlessSecurityPolicy[] {
  return (opensearchServerlessEstate.of(ctx.account)?.securityPolicies ?? []).filter(
    (p) => p.region === ctx.region && p.type === type,
  );
}

/** awsJson timestamps of this API are epoch milliseconds (longs in the model). */
const millis = (v: number | string | undefined, fallback = 1704067200000): number =>
  v === undefined ? fallback : typeof v === "number" ? v : Date.parse(v);

function detailView(c: ServerlessCollection, ctx: HandlerContext) {
  const { tags: _tags, ...rest } = c;
  const region = regionOfCollection(c);
  return {
    ...rest,
    arn: collectionArn(c, ctx),
    kmsKeyArn: c.kmsKeyArn ?? "auto",
    createdDate: millis(c.createdDate),
    lastModifiedDate: millis(c.lastModifiedDate),
    collectionEndpoint: c.collectionEndpoint ?? `https://${c.id}.${region}.aoss.amazonaws.com`,
    dashboardEndpoint: c.dashboardEndpoint ?? `https://${c.id}.${region}.aoss.amazonaws.com/_dashboards`,
  };
}

function policyView(p: ServerlessSecurityPolicy) {
  const { region: _region, ...rest } = p;
  return {
    ...rest,
    policy: typeof p.policy === "string" ? (JSON.parse(p.policy) as unknown) : p.policy,
    policyVersion: p.policyVersion ?? "MTcwNDA2NzIwMDAwMF8x",
    createdDate: millis(p.createdDate),
    lastModifiedDate: millis(p.lastModifiedDate),
  };
}

// --- pagination: an opaque token bound to the operation, as the service's are ----------------------------------

function page<T>(
  items: T[],
  b: Body,
  ctx: HandlerContext,
  op: string,
): { items: T[]; nextToken?: string } | EmuResponse {
  const max = b.maxResults;
  if (max !== undefined && (typeof max !== "number" || max < 1 || max > 100))
    return validation(
      `1 validation error detected: Value '${String(max)}' at 'maxResults' failed to satisfy constraint: Member must have value between 1 and 100`,
    );
  const size = Math.min(
    typeof max === "number" ? max : DEFAULT_PAGE,
    ctx.pageSize ?? Number.MAX_SAFE_INTEGER,
  );
  let start = 0;
  if (b.nextToken !== undefined) {
    const decoded = Buffer.from(String(b.nextToken), "base64url").toString("utf8").split("|");
    const offset = Number(decoded[1]);
    if (decoded[0] !== op || !Number.isInteger(offset) || offset < 0 || offset > items.length)
      return validation("Invalid nextToken");
    start = offset;
  }
  const end = start + size;
  return {
    items: items.slice(start, end),
    ...(end < items.length ? { nextToken: Buffer.from(`${op}|${end}`).toString("base64url") } : {}),
  };
}

const isResponse = (v: unknown): v is EmuResponse =>
  typeof v === "object" && v !== null && "status" in v && typeof (v as EmuResponse).status === "number";

function validation(message: string): EmuResponse {
  return errors.error(400, "ValidationException", message);
}

function notFound(message: string): EmuResponse {
  return errors.error(404, "ResourceNotFoundException", message);
}

// --- handlers -------------------------------------------------------------------------------------------------

function handle(req: EmuRequest, op: Operation, ctx: HandlerContext): EmuResponse {
  const b = body(req);
  if (!b) return errors.error(400, "SerializationException", "The request body is not valid JSON");
  const ok = (reply: unknown) => jsonOk(reply, "1.0");
  switch (op.name) {
    case "ListCollections": {
      const filters = (b.collectionFilters ?? {}) as { name?: string; status?: string };
      const all = collectionsIn(ctx)
        .filter((c) => (filters.name ? c.name === filters.name : true))
        .filter((c) => (filters.status ? c.status === filters.status : true))
        .sort((x, y) => x.name.localeCompare(y.name));
      const result = page(all, b, ctx, "ListCollections");
      if (isResponse(result)) return result;
      return ok({
        collectionSummaries: result.items.map((c) => {
          const d = detailView(c, ctx);
          return { id: d.id, name: d.name, status: d.status, arn: d.arn, kmsKeyArn: d.kmsKeyArn };
        }),
        ...(result.nextToken ? { nextToken: result.nextToken } : {}),
      });
    }
    case "BatchGetCollection": {
      const ids = strings(b.ids);
      const names = strings(b.names);
      if (ids.length > 0 === names.length > 0)
        return validation("You must provide either ids or names, but not both");
      const wanted = ids.length > 0 ? ids : names;
      if (wanted.length > BATCH_MAX)
        return validation(
          `1 validation error detected: Member must have length less than or equal to ${BATCH_MAX}`,
        );
      const all = collectionsIn(ctx);
      const details: unknown[] = [];
      const missing: unknown[] = [];
      for (const key of wanted) {
        const found = all.find((c) => (ids.length > 0 ? c.id === key : c.name === key));
        if (found) details.push(detailView(found, ctx));
        else
          missing.push({
            ...(ids.length > 0 ? { id: key } : { name: key }),
            errorCode: "NOT_FOUND",
            errorMessage: "The collection does not exist",
          });
      }
      return ok({ collectionDetails: details, collectionErrorDetails: missing });
    }
    case "ListSecurityPolicies": {
      const type = b.type;
      if (type !== "network" && type !== "encryption")
        return validation(
          `1 validation error detected: Value '${String(type)}' at 'type' failed to satisfy constraint: Member must satisfy enum value set: [encryption, network]`,
        );
      const all = policiesIn(ctx, type).sort((x, y) => x.name.localeCompare(y.name));
      const result = page(all, b, ctx, `ListSecurityPolicies:${type}`);
      if (isResponse(result)) return result;
      return ok({
        securityPolicySummaries: result.items.map((p) => {
          const { policy: _policy, ...summary } = policyView(p);
          return summary;
        }),
        ...(result.nextToken ? { nextToken: result.nextToken } : {}),
      });
    }
    case "GetSecurityPolicy": {
      const type = String(b.type ?? "");
      const policy = policiesIn(ctx, type).find((p) => p.name === b.name);
      if (!policy) return notFound(`Policy with name ${String(b.name)} and type ${type} is not found`);
      return ok({ securityPolicyDetail: policyView(policy) });
    }
    case "ListTagsForResource": {
      const arn = String(b.resourceArn ?? "");
      const collection = collectionsIn(ctx).find((c) => collectionArn(c, ctx) === arn);
      if (!collection) return notFound(`Resource ${arn} is not found`);
      return ok({ tags: collection.tags });
    }
    default:
      return errors.error(400, "UnknownOperationException", `The emulator does not implement ${op.name}`);
  }
}

export const opensearchServerless: ServiceEmulator = {
  name: "aoss",
  matches: (req) => req.auth?.service === "aoss" || jsonTarget(req)?.prefix === PREFIX,
  operation,
  errors,
  handle,
};
