import type { LimitFunction } from "p-limit";
import type { CollectionError } from "../../src/model/inventory.js";
import { runAs, UnlistedOperationError } from "./guard.js";
import type { AzureOperation } from "./operation.js";

export type ReadResult<T> = { ok: true; value: T | null } | { ok: false; code: string };

export interface AzureReadScope {
  /** Subscription id: the error entry's account. */
  subscription: string;
  /** Location of the resource, when the call concerns one. */
  region?: string;
  /** ARM id of the resource the call concerns (for the error entry and the reply reader). */
  resource?: string;
  /** Error codes that mean "this does not exist": an answer, not a gap. */
  absentCodes?: readonly string[];
}

/**
 * Every Azure call goes through here: it checks the operation is in the one list, runs the call as that
 * operation (so the pipeline's guard can hold every request to it), bounds concurrency, and turns a failure
 * into an error entry. The SDK's retry policy has already retried throttling by then. Replies are stored as
 * plain JSON (the SDK's Date objects become ISO strings), so a saved inventory reads back identically.
 */
export class AzureReader {
  constructor(
    private readonly limit: LimitFunction,
    private readonly errors: CollectionError[],
    /** The provider's one list of operations (derived from the service manifests); nothing else is sent. */
    private readonly operations: readonly AzureOperation[],
  ) {}

  /** One GET (an SDK method returning a promise). */
  async get<T>(service: string, operation: string, scope: AzureReadScope, call: () => Promise<T>) {
    return this.run<T>(this.listed(service, operation), scope, call);
  }

  /** Every page of a list (an SDK paged iterator, following nextLink); a failure on any page fails the read. */
  async list<T>(service: string, operation: string, scope: AzureReadScope, iterate: () => AsyncIterable<T>) {
    return this.run<T[]>(this.listed(service, operation), scope, async () => {
      const items: T[] = [];
      for await (const item of iterate()) items.push(item);
      return items;
    });
  }

  private listed(service: string, operation: string): AzureOperation {
    const entry = this.operations.find((e) => e.service === service && e.operation === operation);
    if (!entry)
      throw new UnlistedOperationError(
        `${service}:${operation} is not in the list of read operations (its service manifest's operations)`,
      );
    return entry;
  }

  private async run<T>(
    entry: AzureOperation,
    scope: AzureReadScope,
    call: () => Promise<T>,
  ): Promise<ReadResult<T>> {
    try {
      const value = await this.limit(() => runAs(entry, call));
      return { ok: true, value: plainJson(value) as T };
    } catch (error) {
      if (error instanceof UnlistedOperationError) throw error;
      const code = errorCode(error);
      if (scope.absentCodes?.includes(code)) return { ok: true, value: null };
      this.errors.push({
        provider: "azure",
        account: scope.subscription,
        ...(scope.region ? { region: scope.region } : {}),
        service: entry.service,
        operation: entry.operation,
        ...(scope.resource ? { resource: scope.resource } : {}),
        code,
        message: errorMessage(error),
      });
      return { ok: false, code };
    }
  }
}

function plainJson(value: unknown): unknown {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown);
}

/** ARM's error code (RestError.code from the body), else the error's name (CredentialUnavailableError, …). */
export function errorCode(error: unknown): string {
  if (error && typeof error === "object") {
    const candidate = error as { code?: unknown; name?: unknown; statusCode?: unknown };
    if (typeof candidate.code === "string" && candidate.code) return candidate.code;
    if (typeof candidate.name === "string" && candidate.name !== "Error" && candidate.name !== "RestError")
      return candidate.name;
    if (typeof candidate.statusCode === "number") return `HTTP${candidate.statusCode}`;
  }
  return "UnknownError";
}

/**
 * ARM's own message when the reply carried one (the SDK's pager reports only "unexpected statusCode 403"),
 * short and single-line: error messages land in terminal tables and JSON reports.
 */
export function errorMessage(error: unknown): string {
  const text = armMessage(error) ?? (error instanceof Error ? error.message : String(error));
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 300 ? `${line.slice(0, 297)}...` : line || "no message";
}

function armMessage(error: unknown): string | undefined {
  const body = (error as { response?: { bodyAsText?: unknown } } | undefined)?.response?.bodyAsText;
  if (typeof body !== "string") return undefined;
  try {
    const message = (JSON.parse(body) as { error?: { message?: unknown } }).error?.message;
    return typeof message === "string" && message ? message : undefined;
  } catch {
    return undefined;
  }
}
