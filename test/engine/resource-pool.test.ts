import { describe, expect, it } from "vitest";
import { forEachBounded } from "../../src/engine/resource-pool.js";

describe("forEachBounded", () => {
  it("never has more than `width` items in progress, and does every item once", async () => {
    let inProgress = 0;
    let peak = 0;
    const done: number[] = [];
    await forEachBounded([...Array(100).keys()], 7, async (n) => {
      inProgress++;
      peak = Math.max(peak, inProgress);
      await new Promise((resolve) => setTimeout(resolve, n % 3));
      done.push(n);
      inProgress--;
    });
    expect(peak).toBe(7);
    expect(done.sort((a, b) => a - b)).toEqual([...Array(100).keys()]);
  });

  it("takes an item from the iterable only when a slot frees", async () => {
    let taken = 0;
    function* items() {
      for (let n = 0; n < 50; n++) {
        taken++;
        yield n;
      }
    }
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const running = forEachBounded(items(), 4, async (n) => {
      if (n < 4) await gate;
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(taken).toBe(4);
    release();
    await running;
    expect(taken).toBe(50);
  });

  it("rejects with the first failure and takes no further items", async () => {
    let started = 0;
    await expect(
      forEachBounded([...Array(20).keys()], 2, async (n) => {
        started++;
        if (n === 3) throw new Error("boom");
        await new Promise((resolve) => setTimeout(resolve, 1));
      }),
    ).rejects.toThrow("boom");
    expect(started).toBeLessThan(20);
  });
});
