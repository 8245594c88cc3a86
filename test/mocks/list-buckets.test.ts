import { ListBucketsCommand, paginateListBuckets } from "@aws-sdk/client-s3";
import { afterEach, describe, expect, it } from "vitest";
import { startEmulator } from "../../mocks/index.js";
import type { Emulator, EstateInput } from "../../mocks/index.js";
import { s3, sdkError } from "./helpers.js";

const estate: EstateInput = {
  aws: {
    accounts: [
      {
        id: "111122223333",
        s3: {
          buckets: [
            { Name: "ai-c", BucketRegion: "us-west-2" },
            { Name: "ai-a", BucketRegion: "us-east-1" },
            { Name: "logs-b", BucketRegion: "us-east-1" },
          ],
        },
      },
    ],
  },
};
let emu: Emulator;
afterEach(() => emu.close());

describe("ListBuckets", () => {
  it("pages one bucket at a time through paginateListBuckets when the page size is 1", async () => {
    emu = await startEmulator({ estate, pageSize: 1 });
    const pages = [];
    for await (const page of paginateListBuckets({ client: s3(emu) }, {})) pages.push(page);
    expect(pages.map((p) => p.Buckets?.map((b) => b.Name))).toEqual([["ai-a"], ["ai-c"], ["logs-b"]]);
    expect(pages[0]?.ContinuationToken).toBeTruthy();
    expect(pages[2]?.ContinuationToken).toBeUndefined();
    expect(pages[1]?.Buckets?.[0]?.BucketRegion).toBe("us-west-2");
    expect(emu.calls()).toEqual({ "s3:ListBuckets": 3 });
  });

  it("returns every bucket in one reply when unpaginated, sorted by name", async () => {
    emu = await startEmulator({ estate });
    const out = await s3(emu).send(new ListBucketsCommand({}));
    expect(out.Buckets?.map((b) => b.Name)).toEqual(["ai-a", "ai-c", "logs-b"]);
    expect(out.ContinuationToken).toBeUndefined();
    expect(out.Owner?.ID).toMatch(/^[0-9a-f]{64}$/);
  });

  it("honours MaxBuckets, Prefix and BucketRegion", async () => {
    emu = await startEmulator({ estate });
    const first = await s3(emu).send(new ListBucketsCommand({ MaxBuckets: 2 }));
    expect(first.Buckets?.map((b) => b.Name)).toEqual(["ai-a", "ai-c"]);
    const rest = await s3(emu).send(
      new ListBucketsCommand({ MaxBuckets: 2, ContinuationToken: first.ContinuationToken }),
    );
    expect(rest.Buckets?.map((b) => b.Name)).toEqual(["logs-b"]);
    const ai = await s3(emu).send(new ListBucketsCommand({ Prefix: "ai-" }));
    expect(ai.Buckets?.map((b) => b.Name)).toEqual(["ai-a", "ai-c"]);
    expect(ai.Prefix).toBe("ai-");
    const west = await s3(emu).send(new ListBucketsCommand({ BucketRegion: "us-west-2" }));
    expect(west.Buckets?.map((b) => b.Name)).toEqual(["ai-c"]);
  });

  it("rejects max-buckets outside 1..10000 and forged tokens with InvalidArgument", async () => {
    emu = await startEmulator({ estate });
    expect((await sdkError(s3(emu).send(new ListBucketsCommand({ MaxBuckets: 10_001 })))).name).toBe(
      "InvalidArgument",
    );
    expect((await sdkError(s3(emu).send(new ListBucketsCommand({ ContinuationToken: "ai-a" })))).name).toBe(
      "InvalidArgument",
    );
  });
});
