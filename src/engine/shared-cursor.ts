// Work shared out between threads one item at a time: every thread walks the same list and claims the next
// index with one atomic add, so a thread that is slower (or busy with other work) simply claims fewer, and no
// thread idles while another still holds a queue of its own.

/** A fresh cursor at the first item. */
export function sharedCursor(): SharedArrayBuffer {
  return new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
}

/** The indices this thread claims from `count` items, each claimed by exactly one thread. */
export function* claimIndices(cursor: SharedArrayBuffer, count: number): Generator<number> {
  const cells = new Int32Array(cursor);
  for (;;) {
    const index = Atomics.add(cells, 0, 1);
    if (index >= count) return;
    yield index;
  }
}
