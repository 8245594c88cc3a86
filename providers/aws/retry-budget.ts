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

  constructor(maxAttempts: number, spent: SpentCell | undefined) {
    this.throttled = new StandardRetryStrategy({
      maxAttempts: maxAttempts * THROTTLED_ATTEMPTS_FACTOR,
      backoff: jitteredBackoff(THROTTLE_BASE_DELAY_MS),
    });
    this.transient = new StandardRetryStrategy({
      maxAttempts,
      backoff: jitteredBackoff(TRANSIENT_BASE_DELAY_MS),
    });
    if (spent) shareCapacity(this.transient, spent);
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

/** The budgets of this thread, by service, region and endpoint. */
const budgets = new Map<string, EndpointRetryStrategy>();

// Worker threads collecting one scan share each endpoint's quota through a SharedArrayBuffer: one cell per
// endpoint holds the tokens spent (0 = a full quota, so a cell is valid before any thread writes it), found by a
// 32-bit hash of the endpoint's key with linear probing. Two endpoints whose keys hash alike would share one
// quota, the cautious side of the error; with the few hundred endpoints of a scan that is a one-in-millions event.
const SHARED_SLOTS = 1024;
let shared: Int32Array | undefined;

interface SpentCell {
  cells: Int32Array;
  index: number;
}

/** A new set of shared quotas for a scan: the buffer goes to its worker threads (joinRetryBudgets). */
export function shareRetryBudgets(): SharedArrayBuffer {
  const buffer = new SharedArrayBuffer(2 * SHARED_SLOTS * Int32Array.BYTES_PER_ELEMENT);
  budgets.clear();
  shared = new Int32Array(buffer);
  return buffer;
}

/** The shared quotas of the current scan, to hand to its worker threads. */
export function sharedRetryBudgets(): SharedArrayBuffer {
  return (shared?.buffer as SharedArrayBuffer | undefined) ?? shareRetryBudgets();
}

/** A worker thread joins the quotas of the scan it works for. */
export function joinRetryBudgets(buffer: SharedArrayBuffer): void {
  budgets.clear();
  shared = new Int32Array(buffer);
}

function spentCellFor(key: string): SpentCell | undefined {
  if (!shared) return undefined;
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  hash = hash | 1; // 0 marks a free slot
  for (let probe = 0; probe < SHARED_SLOTS; probe++) {
    const slot = (((hash >>> 0) % SHARED_SLOTS) + probe) % SHARED_SLOTS;
    const owner = Atomics.compareExchange(shared, 2 * slot, 0, hash);
    if (owner === 0 || owner === hash) return { cells: shared, index: 2 * slot + 1 };
  }
  return undefined; // more endpoints than slots: this one keeps a quota of its own thread
}

/**
 * Backs the SDK strategy's `capacity` with the shared cell. The SDK only reads it, or writes a value computed
 * from what it just read (`capacity -= cost`, `capacity = min(max, capacity + n)`) synchronously, so the write is
 * applied as the difference from that read, atomically: concurrent threads never lose each other's updates.
 */
function shareCapacity(strategy: StandardRetryStrategy, spent: SpentCell): void {
  const full = strategy.getCapacity();
  let lastRead = full;
  Object.defineProperty(strategy, "capacity", {
    get: () => (lastRead = full - Atomics.load(spent.cells, spent.index)),
    set: (value: number) => {
      const change = value - lastRead;
      for (;;) {
        const before = Atomics.load(spent.cells, spent.index);
        const after = Math.max(0, before - change);
        if (Atomics.compareExchange(spent.cells, spent.index, before, after) === before) return;
      }
    },
  });
}

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
    strategy = new EndpointRetryStrategy(maxAttempts, spentCellFor(key));
    budgets.set(key, strategy);
  }
  return strategy;
}

/** Forgets every budget: each scan starts with full quotas (shared with its workers: shareRetryBudgets). */
export function resetRetryBudgets(): void {
  shareRetryBudgets();
}
