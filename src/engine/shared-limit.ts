// A bound on calls in flight that several threads share: the permits live in a SharedArrayBuffer, so a scan
// sharded across worker threads still sends at most `width` calls at once in total, as one thread would.
// Each thread queues its own waiters and keeps one Atomics.waitAsync outstanding while any wait, so a permit
// freed in any thread wakes a thread that wants one, and a thread with nothing queued costs the others nothing.

/** What the readers need from a call bound: run `fn` when a slot is free. p-limit's functions satisfy it. */
export type CallLimit = <T>(fn: () => PromiseLike<T> | T) => Promise<T>;

/** A call bound whose permits other threads can join (its `buffer` travels in workerData). */
export type SharedCallLimit = CallLimit & { readonly buffer: SharedArrayBuffer };

const FREE = 0;

/** Atomics.waitAsync (Node 16+), typed here because the project's lib stops at ES2023. */
const waitAsync = (
  Atomics as unknown as {
    waitAsync(
      cells: Int32Array,
      index: number,
      value: number,
    ): { async: false; value: string } | { async: true; value: Promise<string> };
  }
).waitAsync;

/** A new bound of `width` calls, for this thread and any thread given its buffer. */
export function sharedCallLimit(width: number): SharedCallLimit {
  const buffer = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
  Atomics.store(new Int32Array(buffer), FREE, Math.max(1, Math.floor(width) || 1));
  return joinCallLimit(buffer);
}

/** This thread's side of a bound created elsewhere (one per thread: it holds the thread's own queue). */
export function joinCallLimit(buffer: SharedArrayBuffer): SharedCallLimit {
  const cells = new Int32Array(buffer);
  const waiting: Array<() => void> = [];
  let pumping = false;

  const tryTake = (): boolean => {
    let free = Atomics.load(cells, FREE);
    while (free > 0) {
      const seen = Atomics.compareExchange(cells, FREE, free, free - 1);
      if (seen === free) return true;
      free = seen;
    }
    return false;
  };

  // Hands permits to this thread's waiters in order; sleeps (without blocking the event loop) while none is free.
  const pump = async (): Promise<void> => {
    if (pumping) return;
    pumping = true;
    try {
      while (waiting.length > 0) {
        if (tryTake()) {
          waiting.shift()?.();
          continue;
        }
        const wait = waitAsync(cells, FREE, 0);
        if (!wait.async) continue;
        // A pending waitAsync does not keep the event loop alive: a worker whose every call waits for a permit
        // held elsewhere would otherwise exit mid-scan.
        const alive = setInterval(() => undefined, 60_000);
        try {
          await wait.value;
        } finally {
          clearInterval(alive);
        }
      }
    } finally {
      pumping = false;
    }
  };

  const release = (): void => {
    Atomics.add(cells, FREE, 1);
    Atomics.notify(cells, FREE, 1);
    if (waiting.length > 0) void pump();
  };

  const limit = async <T>(fn: () => PromiseLike<T> | T): Promise<T> => {
    if (waiting.length > 0 || !tryTake())
      await new Promise<void>((resolve) => {
        waiting.push(resolve);
        void pump();
      });
    try {
      return await fn();
    } finally {
      release();
    }
  };
  return Object.assign(limit, { buffer });
}

/** The shared buffer behind a call bound, when it has one (a plain p-limit has none: it cannot be sharded). */
export function sharedBufferOf(limit: CallLimit): SharedArrayBuffer | undefined {
  const buffer = (limit as Partial<SharedCallLimit>).buffer;
  return buffer instanceof SharedArrayBuffer ? buffer : undefined;
}
