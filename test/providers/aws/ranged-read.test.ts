// The ranged reader on its own: ranges follow one another to the end, the per-object cap and the account's
// budget stop it with the reason named, a server that ignores Range is still capped, and a failed range ends the
// stream with an error the scanner turns into "unreadable".
import { describe, expect, it } from "vitest";
import {
  rangedObject,
  totalFromContentRange,
  type ByteBudget,
  type RangeReply,
  type RangedReadState,
} from "../../../providers/aws/model-artifacts/ranged-read.js";

const object = Buffer.alloc(100, 7);

function reply(start: number, end: number, whole = false): RangeReply {
  const bytes = whole ? object : object.subarray(start, end + 1);
  return {
    body: (async function* () {
      yield bytes.subarray(0, 5);
      yield bytes.subarray(5);
    })(),
    ...(whole ? {} : { total: object.length }),
    length: bytes.length,
  };
}

async function drain(source: AsyncIterable<Uint8Array>): Promise<number> {
  let n = 0;
  for await (const chunk of source) n += chunk.length;
  return n;
}

const budget = (left: number): ByteBudget => ({ left, total: left });
const state = (): RangedReadState => ({ fetched: 0, reserved: 30, ranges: 0 });

describe("ranged GetObject reads", () => {
  it("reads range after range to the end of the object", async () => {
    const s = state();
    const asked: string[] = [];
    const n = await drain(
      rangedObject(
        reply(0, 29),
        async (a, b) => (asked.push(`${a}-${b}`), reply(a, b)),
        { chunkBytes: 30, objectCap: 1000, budget: budget(1000) },
        s,
      ),
    );
    expect([n, s.size, s.ranges, s.stopped]).toEqual([100, 100, 4, undefined]);
    expect(asked).toEqual(["30-59", "60-89", "90-99"]);
  });

  it("stops at the per-object cap and at the spent budget, naming which", async () => {
    const capped = state();
    await expect(
      drain(
        rangedObject(
          reply(0, 29),
          async (a, b) => reply(a, b),
          { chunkBytes: 30, objectCap: 60, budget: budget(1000) },
          capped,
        ),
      ),
    ).rejects.toThrow(/per-object cap/);
    expect(capped.fetched).toBe(60);

    const spent = state();
    await expect(
      drain(
        rangedObject(
          reply(0, 29),
          async (a, b) => reply(a, b),
          { chunkBytes: 30, objectCap: 1000, budget: budget(40) },
          spent,
        ),
      ),
    ).rejects.toThrow(/cap on artifact reads was used up after 60 of 100 bytes/);
  });

  it("caps a whole-object reply from a server that ignored Range", async () => {
    const s = state();
    await expect(
      drain(
        rangedObject(
          reply(0, 0, true),
          async () => reply(0, 0),
          { chunkBytes: 30, objectCap: 50, budget: budget(1000) },
          s,
        ),
      ),
    ).rejects.toThrow(/more than the per-object cap/);
  });

  it("ends with the failed range's error", async () => {
    await expect(
      drain(
        rangedObject(
          reply(0, 29),
          async () => {
            throw new Error("GetObject failed: SlowDown for bytes 30-59");
          },
          { chunkBytes: 30, objectCap: 1000, budget: budget(1000) },
          state(),
        ),
      ),
    ).rejects.toThrow(/SlowDown/);
  });

  it("reads the object size from Content-Range", () => {
    expect(totalFromContentRange("bytes 0-8388607/2147483648")).toBe(2147483648);
    expect(totalFromContentRange("bytes */100")).toBeUndefined();
    expect(totalFromContentRange(undefined)).toBeUndefined();
  });
});
