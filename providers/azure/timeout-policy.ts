// A per-attempt timeout for ARM requests. core-rest-pipeline aborts a request whose `timeout` passes, but reports
// it as an AbortError, which its retry policy never retries; this policy (placed inside the retry loop) sets the
// timeout and turns that abort into ETIMEDOUT, a transport error the SDK's exponential retry strategy retries.
// So an operation that never answers is retried, then recorded as an error entry: a gap, not a hung scan.
import { RestError, type PipelinePolicy } from "@azure/core-rest-pipeline";

export function requestTimeoutPolicy(timeoutMs: number): PipelinePolicy {
  return {
    name: "aiposture-request-timeout",
    sendRequest: async (request, next) => {
      request.timeout = timeoutMs;
      try {
        return await next(request);
      } catch (error) {
        const aborted = (error as { name?: unknown } | undefined)?.name === "AbortError";
        // An abort the caller asked for stays an abort.
        if (!aborted || request.abortSignal?.aborted) throw error;
        throw new RestError(`no reply within ${timeoutMs} ms`, { code: "ETIMEDOUT", request });
      }
    },
  };
}

/**
 * Checked before every attempt: past the scan's deadline the attempt is not sent. The error's code is not one the
 * SDK's retry strategy retries, so the call ends as an error entry at once.
 */
export function deadlinePolicy(deadline: number): PipelinePolicy {
  return {
    name: "aiposture-deadline",
    sendRequest: async (request, next) => {
      if (Date.now() >= deadline)
        throw new RestError("the scan's --deadline passed before this call was sent", {
          code: "DeadlineExceeded",
          request,
        });
      return next(request);
    },
  };
}
