// An S3 object as a stream of ranged GetObject reads: one range at a time, each body streamed through as it
// arrives, so memory holds one network chunk, not a range and never the object. Stops at the per-object cap and
// when the account's byte budget is spent; the scanner stops it early (return()) once it has what it needs.

/** One ranged read's reply: the body stream and where the range sits in the object. */
export interface RangeReply {
  body: AsyncIterable<Uint8Array>;
  /** From Content-Range ("bytes 0-8388607/2147483648"); absent when S3 sent the whole object (200). */
  total?: number;
  length: number;
}

/** Bytes the account's artifact reads may still fetch, shared by every artifact of the scan. */
export interface ByteBudget {
  left: number;
  readonly total: number;
}

export class ReadCapReached extends Error {}

export interface RangedReadOptions {
  chunkBytes: number;
  objectCap: number;
  budget: ByteBudget;
}

export interface RangedReadState {
  size?: number;
  fetched: number;
  /** Bytes taken from the budget for the ranges asked for (the caller took the first range's). */
  reserved: number;
  ranges: number;
  /** Why the object was not read to its end, when a cap stopped it. */
  stopped?: string;
}

/** Content-Range: bytes first-last/complete-length (RFC 9110 14.4). */
export function totalFromContentRange(header: string | undefined): number | undefined {
  const match = header?.match(/^bytes \d+-\d+\/(\d+)$/);
  return match ? Number(match[1]) : undefined;
}

/** `first` is the reply to the range starting at 0, read by the caller to learn the size (and fail cleanly). */
export async function* rangedObject(
  first: RangeReply,
  readRange: (start: number, end: number) => Promise<RangeReply>,
  options: RangedReadOptions,
  state: RangedReadState,
): AsyncGenerator<Uint8Array> {
  let reply: RangeReply | undefined = first;
  state.size = first.total ?? first.length;
  for (;;) {
    state.ranges += 1;
    for await (const chunk of reply.body) {
      state.fetched += chunk.length;
      // A server that ignored the Range header sends the whole object: the cap still holds.
      if (state.fetched > options.objectCap) {
        state.stopped = `more than the per-object cap of ${options.objectCap} bytes arrived in one reply`;
        throw new ReadCapReached(state.stopped);
      }
      yield chunk;
    }
    const size = state.size;
    if (state.fetched >= size || first.total === undefined) return;
    if (state.fetched >= options.objectCap) {
      state.stopped = `the object is ${size} bytes; the first ${state.fetched} were read (the per-object cap)`;
      throw new ReadCapReached(state.stopped);
    }
    const want = Math.min(options.chunkBytes, size - state.fetched, options.objectCap - state.fetched);
    if (options.budget.left < want) {
      state.stopped = `the scan's ${options.budget.total}-byte cap on artifact reads was used up after ${state.fetched} of ${size} bytes`;
      throw new ReadCapReached(state.stopped);
    }
    options.budget.left -= want;
    state.reserved += want;
    reply = await readRange(state.fetched, state.fetched + want - 1);
  }
}
