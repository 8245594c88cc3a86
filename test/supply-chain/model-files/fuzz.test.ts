// Property: the readers never throw and always finish on any input. The normal run is short; `npm run
// fuzz:model-files` sets FUZZ_RUNS for the long form.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OPCODES } from "../../../src/supply-chain/model-files/pickle-opcodes.js";
import { scanPickle } from "../../../src/supply-chain/model-files/pickle-scan.js";
import { scanModelArtifact } from "../../../src/supply-chain/model-files/scan.js";
import { scanArtifactStream } from "../../../src/supply-chain/model-files/stream.js";
import {
  gzip,
  hdf5,
  kerasArchive,
  LAMBDA,
  npyObjectArray,
  OS_SYSTEM_P0,
  safetensors,
  stackGlobalCall,
  tar,
  torchStateDict,
  torchZip,
} from "./fixtures.js";

const RUNS = Number(process.env["FUZZ_RUNS"] ?? 150);
const LONG = RUNS > 1000;
const options = {
  numRuns: RUNS,
  ...(process.env["FUZZ_SEED"] ? { seed: Number(process.env["FUZZ_SEED"]) } : {}),
};
const small = { maxOpcodes: 20_000, maxStack: 5_000, maxMemo: 5_000 };

const opcodeBytes = OPCODES.flatMap((op, byte) => (op ? [byte] : []));

/** Streams of real opcodes with short random arguments: they get much deeper into the reader than random bytes. */
const opcodeStream = fc
  .array(fc.tuple(fc.constantFrom(...opcodeBytes), fc.uint8Array({ maxLength: 9 }), fc.boolean()), {
    maxLength: LONG ? 400 : 120,
  })
  .map((ops) =>
    Uint8Array.from(ops.flatMap(([op, arg, newline]) => [op, ...arg, ...(newline ? [0x0a] : [])])),
  );

const SEEDS = [
  OS_SYSTEM_P0,
  stackGlobalCall("os", "system"),
  torchZip(torchStateDict()),
  gzip(tar({ "model.pth": torchZip(stackGlobalCall("builtins", "exec")) })),
  kerasArchive([LAMBDA]),
  safetensors(),
  npyObjectArray(OS_SYSTEM_P0),
  hdf5('{"class_name": "Lambda"}'),
];

/** A known-good file with bytes overwritten: corrupt archives, headers and lengths. */
const mutated = fc
  .tuple(
    fc.constantFrom(...SEEDS),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
    fc.nat(),
  )
  .map(([seed, edits, cut]) => {
    const copy = Uint8Array.from(seed);
    for (const [at, value] of edits) copy[at % copy.length] = value;
    return copy.subarray(0, Math.max(1, copy.length - (cut % 16)));
  });

const names = fc.constantFrom(
  "model.pkl",
  "model.pt",
  "model.tar.gz",
  "model.keras",
  "model.h5",
  "x.bin",
  "model.joblib",
  "weights.safetensors",
  "README",
);

describe("fuzzing the model-file readers", () => {
  it("scanPickle never throws on random bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: LONG ? 8192 : 1024 }), (bytes) => {
        const scan = scanPickle(bytes, small);
        expect(scan.opcodes).toBeLessThanOrEqual(small.maxOpcodes);
      }),
      options,
    );
  });

  it("scanPickle never throws on opcode streams", () => {
    fc.assert(
      fc.property(opcodeStream, (bytes) => {
        scanPickle(bytes, small);
      }),
      options,
    );
  });

  it("scanModelArtifact never throws on any bytes after each format's magic", () => {
    const magics = ["\x93NUMPY", "\x89HDF\r\n\x1a\n", "GGUF", "PK\x03\x04", "\x1f\x8b", "\x80\x04", "BZh"];
    const prefixed = fc
      .tuple(fc.constantFrom(...magics), fc.uint8Array({ maxLength: 64 }))
      .map(([magic, rest]) => Uint8Array.from([...Buffer.from(magic, "latin1"), ...rest]));
    fc.assert(
      fc.property(names, prefixed, (name, bytes) => {
        scanModelArtifact(name, bytes);
      }),
      options,
    );
  });

  it("scanModelArtifact never throws on random or corrupted files, whatever their name", () => {
    fc.assert(
      fc.property(
        names,
        fc.oneof(fc.uint8Array({ maxLength: 2048 }), mutated, opcodeStream),
        (name, bytes) => {
          const scan = scanModelArtifact(name, bytes, { maxExpandedBytes: 8 * 1024 * 1024, maxDepth: 3 });
          for (const file of scan.files)
            expect(file.risk).toMatch(
              /^(dangerous-import|import-outside-allow-list|keras-code|plain-pickle|safe-format|unreadable)$/,
            );
        },
      ),
      options,
    );
  });

  it("scanArtifactStream always resolves, whatever the bytes and however they are split", async () => {
    await fc.assert(
      fc.asyncProperty(
        names,
        fc.oneof(fc.uint8Array({ maxLength: 2048 }), mutated),
        fc.integer({ min: 1, max: 700 }),
        async (name, bytes, size) => {
          async function* chunks() {
            for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
          }
          const scan = await scanArtifactStream(name, chunks(), {
            memberPrefixBytes: 64 * 1024,
            maxStreamBytes: 1024 * 1024,
          });
          expect(scan.bytesRead).toBeLessThanOrEqual(1024 * 1024);
        },
      ),
      { ...options, numRuns: Math.max(20, Math.floor(RUNS / 5)) },
    );
  });
});
