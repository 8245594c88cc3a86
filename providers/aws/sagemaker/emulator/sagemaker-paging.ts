// SageMaker List* semantics: filters (NameContains, StatusEquals, CreationTime*/LastModifiedTime* as epoch
// seconds), SortBy/SortOrder with each operation's defaults, MaxResults 1–100 and opaque NextToken. Tokens are
// signed with the listing's scope, so a forged token or one from another listing is a ValidationException.
import { createHmac, randomBytes } from "node:crypto";
import type { HandlerContext } from "../../../../mocks/types.js";

const TOKEN_KEY = randomBytes(16);

export interface Listable {
  name: string;
  status: string;
  /** Epoch seconds. */
  created: number;
  modified: number;
}

export interface ListDefaults {
  sortBy: "Name" | "CreationTime" | "Status";
  sortOrder: "Ascending" | "Descending";
  /** Page size when MaxResults is absent. */
  pageSize: number;
}

export type ListResult<T> = { items: T[]; nextToken?: string } | { error: string };

/** Filters, sorts and pages `items`; the error string is a ValidationException message. */
export function listPage<T extends Listable>(
  operation: string,
  items: readonly T[],
  params: Record<string, unknown>,
  defaults: ListDefaults,
  ctx: HandlerContext,
): ListResult<T> {
  const max = params.MaxResults ?? defaults.pageSize;
  if (typeof max !== "number" || !Number.isInteger(max) || max < 1 || max > 100)
    return {
      error: `1 validation error detected: Value '${String(max)}' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100 and greater than or equal to 1`,
    };
  const sortBy = params.SortBy ?? defaults.sortBy;
  const sortOrder = params.SortOrder ?? defaults.sortOrder;
  if (sortBy !== "Name" && sortBy !== "CreationTime" && sortBy !== "Status")
    return {
      error: `1 validation error detected: Value '${String(sortBy)}' at 'sortBy' failed to satisfy constraint: Member must satisfy enum value set: [Name, CreationTime, Status]`,
    };
  if (sortOrder !== "Ascending" && sortOrder !== "Descending")
    return {
      error: `1 validation error detected: Value '${String(sortOrder)}' at 'sortOrder' failed to satisfy constraint: Member must satisfy enum value set: [Ascending, Descending]`,
    };

  const filtered = items.filter((item) => matches(item, params));
  const key = (item: T) =>
    sortBy === "Name" ? item.name.toLowerCase() : sortBy === "Status" ? item.status : item.created;
  // Stable sort: ties keep estate order, so pages never reshuffle.
  const sorted = filtered
    .map((item, index) => ({ item, index }))
    .sort((a, b) => {
      const ka = key(a.item);
      const kb = key(b.item);
      const cmp = ka < kb ? -1 : ka > kb ? 1 : 0;
      return (sortOrder === "Descending" ? -cmp : cmp) || a.index - b.index;
    })
    .map(({ item }) => item);

  const scope = JSON.stringify([
    ctx.account.id,
    ctx.region,
    operation,
    params.NameContains,
    params.StatusEquals,
    sortBy,
    sortOrder,
  ]);
  let offset = 0;
  if (typeof params.NextToken === "string" && params.NextToken !== "") {
    const decoded = readToken(scope, params.NextToken);
    if (decoded === undefined)
      return { error: "Invalid pagination token: the NextToken is not one this listing issued." };
    offset = decoded;
  }
  const size = ctx.pageSize ? Math.min(max, ctx.pageSize) : max;
  const page = sorted.slice(offset, offset + size);
  const next = offset + page.length;
  return next < sorted.length ? { items: page, nextToken: signToken(scope, next) } : { items: page };
}

function matches(item: Listable, params: Record<string, unknown>): boolean {
  const contains = params.NameContains;
  if (typeof contains === "string" && !item.name.toLowerCase().includes(contains.toLowerCase())) return false;
  if (typeof params.StatusEquals === "string" && item.status !== params.StatusEquals) return false;
  const bound = (name: string) => (typeof params[name] === "number" ? (params[name] as number) : undefined);
  const createdAfter = bound("CreationTimeAfter");
  const createdBefore = bound("CreationTimeBefore");
  const modifiedAfter = bound("LastModifiedTimeAfter");
  const modifiedBefore = bound("LastModifiedTimeBefore");
  if (createdAfter !== undefined && !(item.created > createdAfter)) return false;
  if (createdBefore !== undefined && !(item.created < createdBefore)) return false;
  if (modifiedAfter !== undefined && !(item.modified > modifiedAfter)) return false;
  if (modifiedBefore !== undefined && !(item.modified < modifiedBefore)) return false;
  return true;
}

function signToken(scope: string, offset: number): string {
  const body = Buffer.from(String(offset)).toString("base64url");
  const mac = createHmac("sha256", TOKEN_KEY).update(`${scope}|${body}`).digest("base64url").slice(0, 22);
  return `${body}.${mac}`;
}

function readToken(scope: string, token: string): number | undefined {
  const [body] = token.split(".");
  if (!body) return undefined;
  const offset = Number(Buffer.from(body, "base64url").toString("utf8"));
  if (!Number.isInteger(offset) || offset < 0) return undefined;
  return signToken(scope, offset) === token ? offset : undefined;
}
