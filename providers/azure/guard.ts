// The read-only guard: a pipeline policy on every ARM client that lets a request through only when it is a GET
// matching the path of the listed operation the reader is running (AsyncLocalStorage carries which one, across
// the awaits of a paged list). A client call outside the reader, a write, or a request that is not the
// operation the reader named, never leaves the process.
import { AsyncLocalStorage } from "node:async_hooks";
import type { PipelinePolicy } from "@azure/core-rest-pipeline";
import { requestMatches, type AzureOperation } from "./operation.js";

/** One run of a listed operation by the reader: a GET, or every page of a list. */
export interface OperationRun {
  operation: AzureOperation;
  /** URLs requested so far in this run (the first page and each nextLink followed). */
  urls: Set<string>;
}

const current = new AsyncLocalStorage<OperationRun>();

/** Runs `work` as `operation`: its requests must match that operation's path. */
export function runAs<T>(operation: AzureOperation, work: () => Promise<T>): Promise<T> {
  return current.run({ operation, urls: new Set() }, work);
}

/** The run the current request belongs to, if the reader is running one. */
export function currentRun(): OperationRun | undefined {
  return current.getStore();
}

/** A request the guard refused: a bug in aiposture, not a coverage gap, so the reader rethrows it. */
export class UnlistedOperationError extends Error {
  override name = "UnlistedOperationError";
}

export const readOnlyGuardPolicy: PipelinePolicy = {
  name: "aiposture-read-only-guard",
  sendRequest: async (request, next) => {
    const path = new URL(request.url).pathname;
    const expected = current.getStore()?.operation;
    if (!expected || !requestMatches(expected, request.method, path)) {
      throw new UnlistedOperationError(
        `${request.method} ${path} is not ${expected ? expected.operation : "inside AzureReader"}: ` +
          "every ARM request must be the listed read the reader is running (its service manifest's operations)",
      );
    }
    return next(request);
  },
};
