import type { LimitFunction } from "p-limit";
import type { CollectionError } from "../../src/model/inventory.js";
import { isReadOperation, type AwsOperation } from "./operation.js";

/** The slice of an AWS SDK v3 client the reader needs. */
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
}

/**
 * Every AWS call goes through here: it checks the command is in the one list of read operations, bounds
 * concurrency, and turns a failure into an error entry (the SDK has already retried throttling by then).
 */
export class AwsReader {
  constructor(
    private readonly limit: LimitFunction,
    private readonly errors: CollectionError[],
    private readonly account: () => string,
    /** The provider's one list of operations (derived from the service manifests); nothing else is sent. */
    private readonly operations: readonly AwsOperation[],
  ) {}

  private isListed(client: string, operation: string): boolean {
    return this.operations.some((entry) => entry.client === client && entry.operation === operation);
  }

  async read<T>(
    clientName: string,
    client: SendsCommands,
    command: object,
    scope: ReadScope,
  ): Promise<ReadResult<T>> {
    const operation = command.constructor.name.replace(/Command$/, "");
    if (!this.isListed(clientName, operation) || !isReadOperation(operation)) {
      throw new Error(
        `${clientName}:${operation} is not in the list of read operations (its service manifest's operations)`,
      );
    }
    try {
      const reply = (await this.limit(() => client.send(command as never))) as Record<string, unknown>;
      return { ok: true, value: withoutMetadata(reply) as T };
    } catch (error) {
      const code = errorCode(error);
      if (scope.absentCodes?.includes(code)) return { ok: true, value: null };
      this.errors.push({
        provider: "aws",
        account: this.account(),
        region: scope.region,
        service: clientName,
        operation,
        ...(scope.resource ? { resource: scope.resource } : {}),
        code,
        message: errorMessage(error),
      });
      return { ok: false, code };
    }
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
