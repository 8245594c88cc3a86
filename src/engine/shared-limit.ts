// A bound on calls in flight that several threads share: the permits live in a SharedArrayBuffer, so a scan
// sharded across worker threads still sends at most `width` calls at once in total, as one thread would.
// Each thread queues its own waiters and keeps one Atomics.waitAsync outstanding while any wait, so a permit
// freed in any thread wakes a thread that wants one, and a thread with nothing queued costs the others nothing.

/** What the readers need from a call bound: run `fn` when a slot is free. p-limit's functions satisfy it. */
export type CallLimit = <T>(fn: () => PromiseLike<T> | T) => Promise<T>;

/** A call bound whose permits other threads can join (its `buffer` travels in workerData). */
export type SharedCallLimit = CallLimit & { readonly buffer: SharedArrayBuffer };

/** Cells: permits free, and threads asleep waiting for one (so a release wakes only when someone sleeps). */
const FREE = 0;
const SLEEPERS = 1;

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
  const buffer = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
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
    // A pending waitAsync does not keep the event loop alive: a worker whose every call waits for a permit
    // held elsewhere would otherwise exit mid-scan.
    let alive: ReturnType<typeof setInterval> | undefined;
    try {
      while (waiting.length > 0) {
        if (tryTake()) {
          waiting.shift()?.();
          continue;
        }
        alive ??= setInterval(() => undefined, 60_000);
        Atomics.add(cells, SLEEPERS, 1);
        try {
          const wait = waitAsync(cells, FREE, 0);
          if (wait.async) await wait.value;
        } finally {
          Atomics.sub(cells, SLEEPERS, 1);
        }
      }
    } finally {
      pumping = false;
      if (alive) clearInterval(alive);
    }
  };

  const release = (): void => {
    Atomics.add(cells, FREE, 1);
    // Sequentially consistent: a sleeper either counted itself before this load, or saw the permit freed above.
    if (Atomics.load(cells, SLEEPERS) > 0) Atomics.notify(cells, FREE, 1);
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
