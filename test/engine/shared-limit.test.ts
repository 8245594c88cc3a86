// The call bound shared by threads: every thread's side (one joinCallLimit each) draws on the same permits, so
// the calls in flight across all of them never exceed the width, and a permit freed by one side wakes another.
import { describe, expect, it } from "vitest";
import { joinCallLimit, sharedBufferOf, sharedCallLimit } from "../../src/engine/shared-limit.js";
import { claimIndices, sharedCursor } from "../../src/engine/shared-cursor.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("a shared call limit", () => {
  it("bounds the calls of three sides together, and every call runs", async () => {
    const main = sharedCallLimit(4);
    const sides = [main, joinCallLimit(main.buffer), joinCallLimit(main.buffer)];
    let inFlight = 0;
    let peak = 0;
    const done: number[] = [];
    await Promise.all(
      Array.from({ length: 120 }, (_, i) =>
        (sides[i % 3] as typeof main)(async () => {
          inFlight++;
          peak = Math.max(peak, inFlight);
          await sleep(1 + (i % 4));
          inFlight--;
          done.push(i);
        }),
      ),
    );
    expect(done).toHaveLength(120);
    expect(peak).toBe(4);
    // Every permit came back.
    expect(Atomics.load(new Int32Array(main.buffer), 0)).toBe(4);
  });

  it("gives a permit back when the call throws", async () => {
    const limit = sharedCallLimit(1);
    await expect(limit(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(limit(() => "next")).resolves.toBe("next");
  });

  it("is told apart from a plain limit, which cannot be shared", () => {
    expect(sharedBufferOf(sharedCallLimit(2))).toBeInstanceOf(SharedArrayBuffer);
    expect(sharedBufferOf(async (fn) => fn())).toBeUndefined();
  });
});

describe("a shared cursor", () => {
  it("hands every index to exactly one claimant", () => {
    const cursor = sharedCursor();
    const a = claimIndices(cursor, 5);
    const b = claimIndices(cursor, 5);
    const claimed = [a.next().value, b.next().value, a.next().value, ...b, ...a];
    expect(claimed.sort()).toEqual([0, 1, 2, 3, 4]);
  });
});
