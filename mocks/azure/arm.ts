// Azure Resource Manager wire protocol for emulated services: routes by path template (case-insensitive, as
// ARM is), the `api-version` requirement, ARM error bodies ({"error":{"code","message"}}), nextLink paging,
// and ARM JSON envelopes. A service is a list of routes; armService() turns it into a ServiceEmulator so the
// server's counting, read-only guard and faults apply unchanged.
import { randomUUID } from "node:crypto";
import type { Estate } from "../estate/schema.js";
import { findBy } from "../estate/index-by.js";
import { resourcesOf, type AzureSubscription } from "../estate/azure.js";
import type {
  EmuRequest,
  EmuResponse,
  ArmResourceType,
  HandlerContext,
  Operation,
  ServiceEmulator,
  ServiceErrors,
} from "../types.js";

export interface ArmRoute {
  /** ARM operationId ("StorageAccounts_List"): the name in calls(), fault rules and the provider's list. */
  operation: string;
  /** Path template, e.g. "/subscriptions/{subscriptionId}/providers/Microsoft.Storage/storageAccounts"; {name*} spans segments. */
  path: string;
  handle(params: Record<string, string>, req: EmuRequest, ctx: HandlerContext): EmuResponse;
}

interface CompiledRoute extends ArmRoute {
  pattern: RegExp;
  names: string[];
}

function compile(route: ArmRoute): CompiledRoute {
  const names: string[] = [];
  const source = route.path
    .split(/(\{\w+\*?\})/)
    .map((part) => {
      const [, name, rest] = /^\{(\w+)(\*?)\}$/.exec(part) ?? [];
      if (name) {
        names.push(name);
        return rest ? "(.+)" : "([^/]+)";
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("");
  return { ...route, names, pattern: new RegExp(`^${source}/?$`, "i") };
}

export function armError(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
) {
  return armJson({ error: { code, message } }, status, headers);
}

export function armJson(body: unknown, status = 200, headers: Record<string, string> = {}): EmuResponse {
  const id = randomUUID();
  return {
    status,
    headers: {
      "content-type": "application/json; charset=utf-8",
      "x-ms-request-id": id,
      "x-ms-correlation-request-id": id,
      ...headers,
    },
    body: JSON.stringify(body),
  };
}

const PRINCIPAL = "The client 'aiposture-emulator' with object id '00000000-0000-4000-8000-0000000a1b2c'";

/** ARM's wording (see "Troubleshoot Azure RBAC" and "Request limits and throttling" in mocks/README.md). */
export const ARM_ERRORS: ServiceErrors = {
  error: (status, code, message, extra) => armError(status, code, message, extra),
  throttling: {
    status: 429,
    code: "TooManyRequests",
    message:
      "The request is being throttled as the limit has been reached for operation type - Read_ObservationWindow_00:05:00.",
  },
  accessDenied: {
    status: 403,
    code: "AuthorizationFailed",
    message: `${PRINCIPAL} does not have authorization to perform this action over this scope or the scope is invalid. If access was recently granted, please refresh your credentials.`,
  },
  missingAuth: {
    status: 401,
    code: "AuthenticationFailed",
    message: "Authentication failed. The 'Authorization' header is missing.",
  },
  writeDenied: {
    status: 403,
    code: "AuthorizationFailed",
    message: `${PRINCIPAL} does not have authorization to perform this write: the emulated cloud is read-only.`,
  },
  unknownOperation: {
    status: 400,
    code: "InvalidResourceType",
    message: "The resource type could not be found in the namespace for the api version (not emulated).",
  },
};

const API_VERSION = /^\d{4}-\d{2}-\d{2}(-preview)?$/;

/**
 * A ServiceEmulator for a set of ARM routes. `owns` says which requests are this service's (by provider
 * namespace); any non-GET request it owns is a write, named "<METHOD> <last path segment>" and refused.
 */
export function armService(
  name: string,
  owns: (path: string) => boolean,
  routes: ArmRoute[],
): ServiceEmulator {
  const compiled = routes.map(compile);
  const find = (path: string) => {
    for (const route of compiled) {
      const match = route.pattern.exec(path);
      if (match) {
        const params = Object.fromEntries(route.names.map((n, i) => [n, match[i + 1] ?? ""]));
        return { route, params };
      }
    }
    return undefined;
  };
  const operation = (req: EmuRequest): Operation | undefined => {
    if (req.method !== "GET") {
      const segment = req.path.split("/").filter(Boolean).pop() ?? "resource";
      return { name: `${req.method} ${segment}`, resource: req.path, write: true };
    }
    const found = find(req.path);
    return found ? { name: found.route.operation, resource: scopeOf(req.path), write: false } : undefined;
  };
  return {
    name,
    matches: (req) => owns(req.path),
    authenticated: (req) => /^Bearer \S+/.test(String(req.headers.authorization ?? "")),
    operation,
    errors: ARM_ERRORS,
    handle: (req, op, ctx) => {
      const version = req.query.get("api-version");
      if (!version)
        return armError(
          400,
          "MissingApiVersionParameter",
          "The api-version query parameter (?api-version=) is required for all requests.",
        );
      if (!API_VERSION.test(version))
        return armError(
          400,
          "InvalidApiVersionParameter",
          `The api-version '${version}' is invalid. The supported versions are dates such as '2025-06-01'.`,
        );
      const found = find(req.path);
      if (!found) return armError(400, ARM_ERRORS.unknownOperation.code, ARM_ERRORS.unknownOperation.message);
      return found.route.handle(found.params, req, ctx);
    },
  };
}

/**
 * The id fault rules match for an ARM request: the resource the call is about (a list's parent scope, or the
 * resource itself), e.g. "/subscriptions/S" for a subscription-wide list, ".../storageAccounts/acct" for a
 * container list of that account, "" for the tenant-level subscription list.
 */
export function scopeOf(path: string): string {
  const trimmed = path.replace(/\/+$/, "");
  const insights = /^(.*)\/providers\/Microsoft\.Insights\/diagnosticSettings$/i.exec(trimmed);
  if (insights?.[1]) return insights[1];
  const resource = /^(\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/[^/]+\/[^/]+\/[^/]+)/i.exec(
    trimmed,
  );
  if (resource?.[1]) return resource[1];
  const subscription = /^(\/subscriptions\/[^/]+)/i.exec(trimmed);
  return subscription?.[1] ?? "";
}

/** The namespace of the last /providers/<namespace>/ segment: who serves a nested path. */
export function lastProviderNamespace(path: string): string | undefined {
  const matches = [...path.matchAll(/\/providers\/([^/]+)/gi)];
  return matches.at(-1)?.[1]?.toLowerCase();
}

export function findSubscription(estate: Estate, subscriptionId: string): AzureSubscription | undefined {
  return estate.azure.subscriptions.find(
    (s) => s.subscriptionId.toLowerCase() === subscriptionId.toLowerCase(),
  );
}

export function subscriptionNotFound(subscriptionId: string): EmuResponse {
  return armError(404, "SubscriptionNotFound", `The subscription '${subscriptionId}' could not be found.`);
}

/**
 * Finds a named resource in a resource group, answering as ARM does when it is missing: ResourceGroupNotFound
 * when no resource of the subscription is in that group, else ResourceNotFound.
 */
export function findResource<T extends { name: string; resourceGroup: string }>(
  subscription: AzureSubscription,
  resources: readonly T[],
  resourceGroup: string,
  name: string,
  type: string,
  types: ReadonlyMap<string, ArmResourceType>,
): { resource: T } | { error: EmuResponse } {
  // ARM names are case-insensitive; "/" cannot appear in a resource group or resource name.
  const resource = findBy(
    resources,
    "group/name",
    (r) => `${r.resourceGroup.toLowerCase()}/${r.name.toLowerCase()}`,
    `${resourceGroup.toLowerCase()}/${name.toLowerCase()}`,
  );
  if (resource) return { resource };
  const groups = new Set(resourcesOf(subscription, types).map((r) => r.resource.resourceGroup.toLowerCase()));
  if (!groups.has(resourceGroup.toLowerCase()))
    return {
      error: armError(404, "ResourceGroupNotFound", `Resource group '${resourceGroup}' could not be found.`),
    };
  return {
    error: armError(
      404,
      "ResourceNotFound",
      `The Resource '${type}/${name}' under resource group '${resourceGroup}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
    ),
  };
}

/**
 * One page of a list: `value` plus `nextLink` (absolute, carrying api-version, $skiptoken and any
 * $maxpagesize) when more remain. The page size is the smaller of the emulator's pageSize and $maxpagesize.
 */
/** The subscription and resource a per-resource route names (the resource by `nameParam`), or ARM's 404 for the missing one. */
export function locateResource<T extends { name: string; resourceGroup: string }>(
  params: Record<string, string>,
  ctx: HandlerContext,
  resourcesIn: (subscription: AzureSubscription) => readonly T[],
  nameParam: string,
  type: string,
): { subscription: AzureSubscription; resource: T } | { error: EmuResponse } {
  const subscriptionId = params.subscriptionId ?? "";
  const subscription = findSubscription(ctx.estate, subscriptionId);
  if (!subscription) return { error: subscriptionNotFound(subscriptionId) };
  const found = findResource(
    subscription,
    resourcesIn(subscription),
    params.resourceGroupName ?? "",
    params[nameParam] ?? "",
    type,
    ctx.armResourceTypes,
  );
  return "error" in found ? found : { subscription, resource: found.resource };
}

export function armPage<T>(items: readonly T[], req: EmuRequest, ctx: HandlerContext): EmuResponse {
  const token = req.query.get("$skiptoken");
  const offset = token === null ? 0 : decodeSkipToken(token);
  if (offset === undefined)
    return armError(400, "InvalidSkipToken", `The $skiptoken '${token}' is not valid.`);
  const requested = Number(req.query.get("$maxpagesize") ?? NaN);
  const sizes = [ctx.pageSize, Number.isInteger(requested) && requested > 0 ? requested : undefined].filter(
    (n): n is number => n !== undefined,
  );
  const size = sizes.length > 0 ? Math.min(...sizes) : items.length;
  const value = items.slice(offset, offset + size);
  const body: { value: T[]; nextLink?: string } = { value };
  if (offset + size < items.length) {
    const query = new URLSearchParams(req.query);
    query.set("$skiptoken", encodeSkipToken(offset + size));
    body.nextLink = `${ctx.endpoint}${encodeURI(req.path)}?${query.toString()}`;
  }
  return armJson(body);
}

function encodeSkipToken(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset }), "utf8").toString("base64url");
}

function decodeSkipToken(token: string): number | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(token, "base64url").toString("utf8")) as { o?: unknown };
    return typeof parsed.o === "number" && Number.isInteger(parsed.o) && parsed.o >= 0 ? parsed.o : undefined;
  } catch {
    return undefined;
  }
}

/** Top-level members of an ARM resource; everything else of a CLI-shaped object goes into `properties`. */
const ENVELOPE = new Set([
  "id",
  "name",
  "type",
  "location",
  "tags",
  "sku",
  "kind",
  "identity",
  "extendedLocation",
  "zones",
  "systemData",
  "placement",
  "etag",
]);

/**
 * CLI-shaped (flattened) resource → ARM JSON: envelope members stay on top, the rest moves into `properties`
 * with `renames` (CLI name → wire name) applied. `omit` drops estate-only keys; nulls are dropped as ARM omits
 * unset properties.
 */
export function toArmJson(
  resource: Record<string, unknown>,
  envelope: { id: string; type: string; name: string },
  options: {
    omit?: readonly string[];
    renames?: Record<string, string>;
    defaults?: Record<string, unknown>;
  } = {},
): Record<string, unknown> {
  const omit = new Set(["resourceGroup", ...(options.omit ?? [])]);
  const top: Record<string, unknown> = {};
  const properties: Record<string, unknown> = { ...(options.defaults ?? {}) };
  for (const [key, value] of Object.entries(resource)) {
    if (omit.has(key) || value === null || value === undefined) continue;
    if (ENVELOPE.has(key)) top[key] = value;
    else properties[options.renames?.[key] ?? key] = value;
  }
  return { ...top, ...envelope, properties };
}

export function subscriptionsOf(estate: Estate): readonly AzureSubscription[] {
  return estate.azure.subscriptions;
}

/** A subscription-wide list: the subscription's resources of one kind in ARM's shape, paged with nextLink. */
export function subscriptionList(
  operation: string,
  path: string,
  items: (subscription: AzureSubscription) => readonly unknown[],
): ArmRoute {
  return {
    operation,
    path,
    handle: ({ subscriptionId = "" }, req, ctx) => {
      const subscription = findSubscription(ctx.estate, subscriptionId);
      if (!subscription) return subscriptionNotFound(subscriptionId);
      return armPage(items(subscription), req, ctx);
    },
  };
}
