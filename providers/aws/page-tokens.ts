// Repeated pagination tokens, seen from the reader: every listing sends its token in the command input and gets
// the next one in the reply, whatever the service calls them. A service that hands back a token the listing has
// already sent would make any page loop run forever; the ledger spots it so the reader can end that listing.

/** Where AWS inputs carry the page token (S3 ListBuckets, SageMaker/GuardDuty/Organizations, Bedrock/AOSS). */
const INPUT_TOKEN_FIELDS = ["ContinuationToken", "NextToken", "nextToken", "Marker"] as const;
/** Where AWS replies carry the next page's token. */
const OUTPUT_TOKEN_FIELDS = [
  "ContinuationToken",
  "NextContinuationToken",
  "NextToken",
  "nextToken",
  "NextMarker",
];

/** Upper bound on pages of one listing: far above any real estate (100 per page), low enough to end a loop. */
export const MAX_PAGES = 100_000;

export type PageProblem = { code: "RepeatedPageToken" | "TooManyPages"; message: string };

export class PageTokenLedger {
  /** Listing (operation + input without its token) → tokens it has sent. */
  private readonly listings = new Map<string, Set<string>>();

  /**
   * Call with each successful reply; returns a problem when the listing must stop. `scope` (client, region)
   * and the input without its token tell listings apart.
   */
  observe(
    operation: string,
    scope: string,
    input: unknown,
    reply: Record<string, unknown>,
  ): PageProblem | undefined {
    const { token: sent, rest } = splitToken(input);
    const next = firstString(reply, OUTPUT_TOKEN_FIELDS);
    if (sent === undefined && next === undefined) return undefined;
    const key = `${scope}\u0000${operation}\u0000${stableJson(rest)}`;
    // A request without a token starts the listing over.
    const tokens = sent === undefined ? new Set<string>() : (this.listings.get(key) ?? new Set<string>());
    if (sent !== undefined) tokens.add(sent);
    if (next === undefined) {
      this.listings.delete(key);
      return undefined;
    }
    if (tokens.has(next)) {
      this.listings.delete(key);
      return {
        code: "RepeatedPageToken",
        message: `${operation} returned a page token it had already been sent (after ${tokens.size} page(s)): the listing was stopped, it may be incomplete`,
      };
    }
    if (tokens.size >= MAX_PAGES) {
      this.listings.delete(key);
      return {
        code: "TooManyPages",
        message: `${operation} still had more pages after ${MAX_PAGES}: the listing was stopped, it may be incomplete`,
      };
    }
    this.listings.set(key, tokens);
    return undefined;
  }
}

function splitToken(input: unknown): { token: string | undefined; rest: Record<string, unknown> } {
  const rest = { ...(input && typeof input === "object" ? (input as Record<string, unknown>) : {}) };
  const token = firstString(rest, INPUT_TOKEN_FIELDS);
  for (const field of INPUT_TOKEN_FIELDS) delete rest[field];
  return { token, rest };
}

function firstString(record: Record<string, unknown>, fields: readonly string[]): string | undefined {
  for (const field of fields) {
    const value = record[field];
    if (typeof value === "string" && value !== "") return value;
  }
  return undefined;
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
