// The emulator's S3 objects through the official S3 client: byte ranges (206 + Content-Range), a range past the
// end (416 InvalidRange), a missing key (NoSuchKey), HeadObject's size; generated artifacts read by range
// equal the same artifact read whole.
import { GetObjectCommand, HeadObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "../../../mocks/index.js";
import {
  generateModelArtifact,
  generatedModelSchema,
} from "../../../providers/aws/s3/emulator/model-fixtures.js";

let emulator: Emulator;
let s3: S3Client;
const BUCKET = "objects";

beforeAll(async () => {
  emulator = await startEmulator({
    estate: {
      aws: {
        accounts: [
          {
            id: "111122223333",
            s3: {
              buckets: [
                {
                  Name: BUCKET,
                  Objects: [
                    { Key: "notes.txt", Body: "hello, artifacts" },
                    { Key: "m/model.tar.gz", Generate: { model: "pickle-os-system" } },
                    {
                      Key: "big/model.tar",
                      Generate: { model: "safetensors", archive: "tar", padBytes: 3 * 1024 ** 3 },
                    },
                  ],
                },
              ],
            },
          },
        ],
      },
    },
  });
  s3 = new S3Client({
    region: "us-east-1",
    endpoint: emulator.endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: "AKIAAIPOSTUREEMULATOR", secretAccessKey: "x" },
  });
});
afterAll(async () => {
  s3.destroy();
  await emulator.close();
});

const text = async (range?: string, key = "notes.txt") => {
  const reply = await s3.send(
    new GetObjectCommand({ Bucket: BUCKET, Key: key, ...(range ? { Range: range } : {}) }),
  );
  return {
    body: await reply.Body!.transformToString(),
    range: reply.ContentRange,
    length: reply.ContentLength,
  };
};

describe("S3 objects in the emulator", () => {
  it("serves whole objects and byte ranges as S3 does", async () => {
    expect(await text()).toMatchObject({ body: "hello, artifacts", length: 16 });
    expect(await text("bytes=0-4")).toEqual({ body: "hello", range: "bytes 0-4/16", length: 5 });
    expect(await text("bytes=7-")).toEqual({ body: "artifacts", range: "bytes 7-15/16", length: 9 });
    expect(await text("bytes=-9")).toEqual({ body: "artifacts", range: "bytes 7-15/16", length: 9 });
    expect(await text("bytes=10-999")).toMatchObject({ body: "ifacts", range: "bytes 10-15/16" });
  });

  it("answers a range past the end with InvalidRange and a missing key with NoSuchKey", async () => {
    await expect(text("bytes=16-20")).rejects.toMatchObject({ name: "InvalidRange" });
    await expect(text(undefined, "nope")).rejects.toMatchObject({ name: "NoSuchKey" });
  });

  it("serves a generated artifact by range exactly as its bytes, and a 3 GiB one by range only", async () => {
    const expected = generateModelArtifact(generatedModelSchema.parse({ model: "pickle-os-system" }));
    const head = await s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: "m/model.tar.gz" }));
    expect(head.ContentLength).toBe(expected.size);
    const parts: Uint8Array[] = [];
    for (let start = 0; start < expected.size; start += 100) {
      const reply = await s3.send(
        new GetObjectCommand({
          Bucket: BUCKET,
          Key: "m/model.tar.gz",
          Range: `bytes=${start}-${start + 99}`,
        }),
      );
      parts.push(await reply.Body!.transformToByteArray());
    }
    expect(Buffer.concat(parts).equals(Buffer.from(expected.slice(0, expected.size)))).toBe(true);

    const big = await s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: "big/model.tar" }));
    expect(big.ContentLength).toBeGreaterThan(3 * 1024 ** 3);
    const tail = await s3.send(
      new GetObjectCommand({ Bucket: BUCKET, Key: "big/model.tar", Range: "bytes=-1024" }),
    );
    expect(Buffer.from(await tail.Body!.transformToByteArray()).every((b) => b === 0)).toBe(true);
    await expect(
      s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: "big/model.tar" })),
    ).rejects.toMatchObject({ name: "NotImplemented" });
  });
});
