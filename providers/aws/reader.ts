import type { CallLimit } from "../../src/engine/shared-limit.js";
import type { CollectionError } from "../../src/model/inventory.js";
import { isReadOperation, type AwsOperation } from "./operation.js";
import { PageTokenLedger } from "./page-tokens.js";
import { hasReadGuard, sendGuarded, UnlistedOperationError, type GuardedSend } from "./read-guard.js";

/** The slice of an AWS SDK v3 client the reader needs: one built by createAwsClient (clients.ts). */
export interface SendsCommands {
  send(command: never): Promise<unknown>;
}

export type ReadResult<T> = { ok: true; value: T | null } | { ok: false; code: string };

export interface ReadScope {
  region: string;
  /** Resource the call concerns (bucket name, ARN), for the error entry. */
  resource?: string;
  /** Error codes that mean "this configuration does not exist" — an answer, not a gap. */
  absentCodes?: readonly string[];
  /** When set, an absent code counts as "does not exist" only if the error message matches too. */
  absentMessage?: RegExp;
}

/**
 * Every AWS call goes through here: the client's read-only guard (read-guard.ts) lets the command out only when
 * it is in the one list of read operations; the reader bounds concurrency, turns a failure into an error entry
 * (the SDK has already retried throttling and timeouts by then), and refuses replies that would read as
 * "nothing there" when they are not an answer: a reply without what the operation always returns, or a page
 * token the listing already sent.
 */
export class AwsReader {
  private readonly pages = new PageTokenLedger();

  constructor(
    /** The call bound (shared with worker threads when it is a SharedCallLimit: s3/bucket-shards.ts). */
    readonly limit: CallLimit,
    private readonly errors: CollectionError[],
    private readonly account: () => string,
    /** The provider's one list of operations (derived from the service manifests); nothing else is sent. */
    private readonly operations: readonly AwsOperation[],
  ) {}

  /** The operations list by client and operation: looked up twice per call. */
  private readonly index = new Map<string, AwsOperation>();

  private listed(client: string, operation: string): AwsOperation | undefined {
    if (this.index.size === 0)
      for (const entry of this.operations) {
        const key = `${entry.client}\u0000${entry.operation}`;
        if (!this.index.has(key)) this.index.set(key, entry);
      }
    return this.index.get(`${client}\u0000${operation}`);
  }

  async read<T>(
    clientName: string,
    client: SendsCommands,
    command: object,
    scope: ReadScope,
  ): Promise<ReadResult<T>> {
    if (!hasReadGuard(client))
      throw new UnlistedOperationError(
        `${clientName}: the client was not built by createAwsClient (providers/aws/clients.ts), so nothing guards what it sends`,
      );
    const send: GuardedSend = {
      client: clientName,
      admits: (name, operation) => this.listed(name, operation) !== undefined && isReadOperation(operation),
    };
    let reply: Record<string, unknown>;
    try {
      reply = withoutMetadata(
        (await this.limit(() => sendGuarded(send, () => client.send(command as never)))) as Record<
          string,
          unknown
        >,
      );
    } catch (error) {
      if (error instanceof UnlistedOperationError) throw error;
      const code = errorCode(error);
      if (
        scope.absentCodes?.includes(code) &&
        (!scope.absentMessage || scope.absentMessage.test(errorMessage(error)))
      )
        return { ok: true, value: null };
      return this.fail(clientName, send.operation, scope, code, errorMessage(error));
    }
    const operation = send.operation ?? "unknown";
    const required = this.listed(clientName, operation)?.alwaysReturns;
    if (required !== undefined && [undefined, null, ""].includes(reply[required] as never))
      return this.fail(
        clientName,
        operation,
        scope,
        "MalformedReply",
        `${operation} replied without ${required}, which it always returns: what it lists is unknown`,
      );
    const problem = this.pages.observe(
      operation,
      `${clientName}\u0000${scope.region}`,
      (command as { input?: unknown }).input,
      reply,
    );
    if (problem) return this.fail(clientName, operation, scope, problem.code, problem.message);
    return { ok: true, value: reply as T };
  }

  private fail(
    clientName: string,
    operation: string | undefined,
    scope: ReadScope,
    code: string,
    message: string,
  ): { ok: false; code: string } {
    this.errors.push({
      provider: "aws",
      account: this.account(),
      region: scope.region,
      service: clientName,
      operation: operation ?? "unknown",
      ...(scope.resource ? { resource: scope.resource } : {}),
      code,
      message,
    });
    return { ok: false, code };
  }
}

function withoutMetadata(reply: Record<string, unknown>): Record<string, unknown> {
  const { $metadata: _metadata, ...rest } = reply ?? {};
  return rest;
}

function errorCode(error: unknown): string {
  if (error && typeof error === "object") {
    const candidate = error as { name?: unknown; Code?: unknown; code?: unknown };
    for (const value of [candidate.Code, candidate.name, candidate.code]) {
      if (typeof value === "string" && value !== "Error") return value;
    }
  }
  return "UnknownError";
}

/** Keeps messages short and single-line: they land in terminal tables and JSON reports. */
function errorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 300 ? `${line.slice(0, 297)}...` : line || "no message";
}
