// Replies that are not answers, caught in the pipeline of every ARM client (SDK pagers follow nextLink inside
// the SDK, where the reader cannot see it): a nextLink the listing already requested, which would make a pager
// loop forever, and a 200 without what ARM always returns (a list's `value`, a resource's `id`), which would
// read as "nothing there".
import { RestError, type PipelinePolicy } from "@azure/core-rest-pipeline";
import { currentRun } from "./guard.js";
import type { AzureOperation } from "./operation.js";

/** Upper bound on pages of one listing: far above any real subscription, low enough to end a loop. */
export const MAX_PAGES = 10_000;

export const replyChecksPolicy: PipelinePolicy = {
  name: "aiposture-reply-checks",
  sendRequest: async (request, next) => {
    const run = currentRun();
    if (!run) return next(request);
    const name = run.operation.operation;
    if (run.urls.has(request.url))
      throw new RestError(
        `${name} returned a nextLink it had already returned (after ${run.urls.size} page(s)): the listing was stopped, it may be incomplete`,
        { code: "RepeatedPageToken", request },
      );
    if (run.urls.size >= MAX_PAGES)
      throw new RestError(`${name} still had more pages after ${MAX_PAGES}: the listing was stopped`, {
        code: "TooManyPages",
        request,
      });
    run.urls.add(request.url);
    const response = await next(request);
    const missing = response.status === 200 ? missingMember(run.operation, response.bodyAsText) : undefined;
    if (missing)
      throw new RestError(
        `${name} replied without ${missing}, which it always returns: what it reads is unknown`,
        {
          code: "MalformedReply",
          statusCode: response.status,
          request,
        },
      );
    return response;
  },
};

/** ARM lists always carry `value` (an array, empty when there is nothing); a resource GET always its `id`. */
function missingMember(operation: AzureOperation, body: string | null | undefined): string | undefined {
  const member = /_List/.test(operation.operation) ? "value" : "id";
  let reply: unknown;
  try {
    reply = JSON.parse(body ?? "");
  } catch {
    return member;
  }
  const value = reply && typeof reply === "object" ? (reply as Record<string, unknown>)[member] : undefined;
  const present = member === "value" ? Array.isArray(value) : typeof value === "string" && value !== "";
  return present ? undefined : member;
}
