// Amazon OpenSearch Service configuration API (restJson1, signing name "es", API version 2021-01-01):
// ListDomainNames, DescribeDomains, DescribeDomain and ListTags. Paths, methods and error codes follow the
// OpenSearch Service API Reference and the @aws-sdk/client-opensearch model (ResourceNotFoundException is 409
// there, ThrottlingException 429, ValidationException 400, AccessDeniedException 403).
import type { DomainStatusEstate, OpenSearchDomain } from "./estate.js";
import { jsonError, jsonOk } from "../../../../mocks/protocols/json.js";
import type {
  EmuRequest,
  EmuResponse,
  HandlerContext,
  Operation,
  ServiceEmulator,
  ServiceErrors,
} from "../../../../mocks/types.js";
import { opensearchEstate } from "./estate.js";
import { findBy } from "../../../../mocks/estate/index-by.js";

const API = "/2021-01-01";
/** DescribeDomains takes 1 to 5 names (API Reference, DescribeDomains request: DomainNames). */
export const DESCRIBE_DOMAINS_MAX = 5;

const errors: ServiceErrors = {
  error: (status, code, message) => jsonError(status, code, message),
  throttling: { status: 429, code: "ThrottlingException", message: "Rate exceeded" },
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

/** Read routes: [method, path, operation, resource]. Every other non-GET request is a write. */
const READS: ReadonlyArray<[string, RegExp, string, (req: EmuRequest, m: RegExpExecArray) => string]> = [
  ["GET", /^\/2021-01-01\/domain$/, "ListDomainNames", () => ""],
  // A batch's resource is its names joined with ",": a fault glob "*name*" hits every batch that holds the
  // domain, as IAM denies the whole call when one of its domains is denied.
  [
    "POST",
    /^\/2021-01-01\/opensearch\/domain-info$/,
    "DescribeDomains",
    (req) => requestedNames(req).join(","),
  ],
  ["GET", /^\/2021-01-01\/opensearch\/domain\/([^/]+)$/, "DescribeDomain", (_r, m) => m[1] ?? ""],
  ["GET", /^\/2021-01-01\/tags\/?$/, "ListTags", (req) => domainNameOf(req.query.get("arn") ?? "")],
];

const WRITES: ReadonlyArray<[string, RegExp, string]> = [
  ["POST", /^\/2021-01-01\/opensearch\/domain$/, "CreateDomain"],
  ["POST", /^\/2021-01-01\/opensearch\/domain\/([^/]+)\/config$/, "UpdateDomainConfig"],
  ["DELETE", /^\/2021-01-01\/opensearch\/domain\/([^/]+)$/, "DeleteDomain"],
  ["POST", /^\/2021-01-01\/tags\/?$/, "AddTags"],
  ["POST", /^\/2021-01-01\/tags-removal$/, "RemoveTags"],
  ["POST", /^\/2021-01-01\/opensearch\/serviceSoftwareUpdate\/start$/, "StartServiceSoftwareUpdate"],
];

function operation(req: EmuRequest): Operation | undefined {
  if (!req.path.startsWith(`${API}/`)) return undefined;
  for (const [method, pattern, name, resource] of READS) {
    const match = req.method === method ? pattern.exec(req.path) : null;
    if (match) return { name, resource: resource(req, match), write: false };
  }
  for (const [method, pattern, name] of WRITES) {
    const match = req.method === method ? pattern.exec(req.path) : null;
    if (match) return { name, resource: match[1] ?? "", write: true };
  }
  if (req.method === "GET") return undefined;
  return { name: `${req.method} ${req.path}`, resource: "", write: true };
}

function requestedNames(req: EmuRequest): string[] {
  try {
    const body = JSON.parse(req.body || "{}") as { DomainNames?: unknown };
    return Array.isArray(body.DomainNames)
      ? body.DomainNames.filter((n): n is string => typeof n === "string")
      : [];
  } catch {
    return [];
  }
}

function domainNameOf(arn: string): string {
  return /:domain\/([^/]+)$/.exec(arn)?.[1] ?? arn;
}

// --- views ----------------------------------------------------------------------------------------------------

function regionOf(status: DomainStatusEstate): string {
  return status.ARN?.split(":")[3] ?? "us-east-1";
}

const regional = new WeakMap<object, Map<string, { length: number; domains: OpenSearchDomain[] }>>();

/** The account's domains in the request's region, computed once per region (the estate is fixed while served). */
function domainsIn(ctx: HandlerContext): OpenSearchDomain[] {
  const all = opensearchEstate.of(ctx.account)?.domains ?? [];
  let byRegion = regional.get(all);
  if (!byRegion) {
    byRegion = new Map();
    regional.set(all, byRegion);
  }
  let cached = byRegion.get(ctx.region);
  if (!cached || cached.length !== all.length) {
    cached = { length: all.length, domains: all.filter((d) => regionOf(d.DomainStatus) === ctx.region) };
    byRegion.set(ctx.region, cached);
  }
  return cached.domains;
}

function engineType(status: DomainStatusEstate): "OpenSearch" | "Elasticsearch" {
  return status.EngineVersion.startsWith("Elasticsearch_") ? "Elasticsearch" : "OpenSearch";
}

const TIMESTAMPS = new Set([
  "AutomatedUpdateDate",
  "AnonymousAuthDisableDate",
  "StartTime",
  "LastUpdatedTime",
]);

/** restJson1 timestamps are epoch seconds; estates may write ISO strings. */
function wireTimestamps(value: unknown, key = ""): unknown {
  if (TIMESTAMPS.has(key) && typeof value === "string") return Date.parse(value) / 1000;
  if (Array.isArray(value)) return value.map((v) => wireTimestamps(v));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, wireTimestamps(v, k)]));
  return value;
}

/** DomainStatus as DescribeDomain returns it: defaults filled in, the access policy as a JSON string. */
function statusView(status: DomainStatusEstate, ctx: HandlerContext): Record<string, unknown> {
  const region = regionOf(status);
  const name = status.DomainName;
  const inVpc = Boolean(status.VPCOptions);
  const host = `${inVpc ? "vpc" : "search"}-${name}-emulated.${region}.es.amazonaws.com`;
  const policy = status.AccessPolicies;
  return wireTimestamps({
    DomainId: `${ctx.account.id}/${name}`,
    ARN: `arn:aws:es:${region}:${ctx.account.id}:domain/${name}`,
    Created: true,
    Deleted: false,
    Processing: false,
    UpgradeProcessing: false,
    ...(inVpc ? { Endpoints: { vpc: host } } : { Endpoint: host }),
    ...status,
    ...(policy !== undefined
      ? { AccessPolicies: typeof policy === "string" ? policy : JSON.stringify(policy) }
      : {}),
  }) as Record<string, unknown>;
}

// --- handlers -------------------------------------------------------------------------------------------------

function validation(message: string): EmuResponse {
  return errors.error(400, "ValidationException", message);
}

function handle(req: EmuRequest, op: Operation, ctx: HandlerContext): EmuResponse {
  switch (op.name) {
    case "ListDomainNames": {
      const filter = req.query.get("engineType");
      if (filter !== null && filter !== "OpenSearch" && filter !== "Elasticsearch")
        return validation(
          `1 validation error detected: Value '${filter}' at 'engineType' failed to satisfy constraint: Member must satisfy enum value set: [OpenSearch, Elasticsearch]`,
        );
      // Unpaginated in the real API: every domain of the region in one reply.
      const names = domainsIn(ctx)
        .map((d) => ({ DomainName: d.DomainStatus.DomainName, EngineType: engineType(d.DomainStatus) }))
        .filter((d) => filter === null || d.EngineType === filter);
      return jsonOk({ DomainNames: names });
    }
    case "DescribeDomains": {
      let body: { DomainNames?: unknown };
      try {
        body = JSON.parse(req.body || "{}") as { DomainNames?: unknown };
      } catch {
        return errors.error(400, "SerializationException", "The request body is not valid JSON");
      }
      const names = Array.isArray(body.DomainNames) ? body.DomainNames : undefined;
      if (!names || names.length === 0)
        return validation(
          "1 validation error detected: Value null at 'domainNames' failed to satisfy constraint: Member must not be null",
        );
      if (names.length > DESCRIBE_DOMAINS_MAX)
        return validation(
          `1 validation error detected: Value '[${names.join(", ")}]' at 'domainNames' failed to satisfy constraint: Member must have length less than or equal to ${DESCRIBE_DOMAINS_MAX}`,
        );
      // Names with no domain are left out of the list, not reported as errors.
      const list = domainsIn(ctx)
        .filter((d) => names.includes(d.DomainStatus.DomainName))
        .map((d) => statusView(d.DomainStatus, ctx));
      return jsonOk({ DomainStatusList: list });
    }
    case "DescribeDomain": {
      const domain = findBy(domainsIn(ctx), "name", (d) => d.DomainStatus.DomainName, op.resource ?? "");
      if (!domain) return errors.error(409, "ResourceNotFoundException", `Domain not found: ${op.resource}`);
      return jsonOk({ DomainStatus: statusView(domain.DomainStatus, ctx) });
    }
    case "ListTags": {
      const arn = req.query.get("arn");
      if (!arn)
        return validation(
          "1 validation error detected: Value null at 'arn' failed to satisfy constraint: Member must not be null",
        );
      const domain = findBy(domainsIn(ctx), "arn", (d) => String(statusView(d.DomainStatus, ctx).ARN), arn);
      if (!domain)
        return errors.error(409, "ResourceNotFoundException", `Domain not found: ${domainNameOf(arn)}`);
      return jsonOk({ TagList: domain.TagList });
    }
    default:
      return errors.error(400, "UnknownOperationException", `The emulator does not implement ${op.name}`);
  }
}

export const opensearch: ServiceEmulator = {
  name: "opensearch",
  matches: (req) => req.auth?.service === "es" || (!req.auth && req.path.startsWith(`${API}/`)),
  operation,
  errors,
  handle,
};
