// One retry budget per service endpoint, shared by every client that talks to it (all accounts, all collectors):
// the SDK's StandardRetryStrategy keeps the retry quota, and the SDK's own backoff honours the service's
// Retry-After. Throttling and failures are budgeted apart: a throttled call is the service asking for patience,
// not a service failing, so it gets more attempts than a 500 or a timeout, and its retries do not drain the quota
// that protects a failing endpoint from a retry storm.
import { StandardRetryStrategy } from "@smithy/core/retry";
import type {
  RetryErrorInfo,
  RetryStrategyV2,
  StandardRetryBackoffStrategy,
  StandardRetryToken,
} from "@smithy/types";

/**
 * A throttled call gets twice the attempts of a failing one: with the default 8, 16 throttles in a row at 30 %
 * throttling happen once in 200 million calls.
 */
export const THROTTLED_ATTEMPTS_FACTOR = 2;
/** First backoff after a throttle when the service sends no Retry-After; doubled each retry, with full jitter. */
export const THROTTLE_BASE_DELAY_MS = 100;
/** First backoff after a transient failure (500, 503, reset, timeout). */
export const TRANSIENT_BASE_DELAY_MS = 100;
export const MAX_BACKOFF_MS = 5_000;

/**
 * Full-jitter exponential backoff from our own base: the SDK calls setDelayBase with its default base (1 s for
 * throttling), which would hold a concurrency slot for seconds per throttle; the service's Retry-After, when it
 * sends one, still wins (StandardRetryStrategy takes the larger).
 */
function jitteredBackoff(baseMs: number): StandardRetryBackoffStrategy {
  return {
    computeNextBackoffDelay: (attempt: number) =>
      Math.floor(Math.random() * Math.min(MAX_BACKOFF_MS, baseMs * 2 ** attempt)),
    setDelayBase: () => undefined,
  };
}

class EndpointRetryStrategy implements RetryStrategyV2 {
  readonly mode = "standard";
  private readonly throttled: StandardRetryStrategy;
  private readonly transient: StandardRetryStrategy;

  constructor(maxAttempts: number) {
    this.throttled = new StandardRetryStrategy({
      maxAttempts: maxAttempts * THROTTLED_ATTEMPTS_FACTOR,
      backoff: jitteredBackoff(THROTTLE_BASE_DELAY_MS),
    });
    this.transient = new StandardRetryStrategy({
      maxAttempts,
      backoff: jitteredBackoff(TRANSIENT_BASE_DELAY_MS),
    });
  }

  acquireInitialRetryToken(scope: string): Promise<StandardRetryToken> {
    return this.transient.acquireInitialRetryToken(scope);
  }

  async refreshRetryTokenForRetry(
    token: StandardRetryToken,
    error: RetryErrorInfo,
  ): Promise<StandardRetryToken> {
    if (error.errorType === "THROTTLING") {
      const next = await this.throttled.refreshRetryTokenForRetry(token, error);
      // Throttling is answered by backoff and the attempt bound, not by the quota: its cost goes straight back.
      this.throttled.recordSuccess(next);
      return next;
    }
    const next = await this.transient.refreshRetryTokenForRetry(token, error);
    return next;
  }

  recordSuccess(token: StandardRetryToken): void {
    this.transient.recordSuccess(token);
  }
}

/** The budgets of this process, by service, region and endpoint. */
const budgets = new Map<string, EndpointRetryStrategy>();

/** The shared retry strategy of one service endpoint (created on first use). */
export function endpointRetryStrategy(
  service: string,
  region: string,
  endpoint: string | undefined,
  maxAttempts: number,
): RetryStrategyV2 {
  const key = [service, region, endpoint ?? "", maxAttempts].join("\u0000");
  let strategy = budgets.get(key);
  if (!strategy) {
    strategy = new EndpointRetryStrategy(maxAttempts);
    budgets.set(key, strategy);
  }
  return strategy;
}

/** Forgets every budget: each scan starts with full quotas. */
export function resetRetryBudgets(): void {
  budgets.clear();
}
