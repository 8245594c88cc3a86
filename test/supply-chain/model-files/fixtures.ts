// Model files written byte by byte for the tests, so no binary is committed. Pickle opcodes and their encodings
// follow CPython's Lib/pickletools.py; tar headers follow POSIX ustar; zip and gzip come from fflate and zlib.
import { gzipSync, deflateSync } from "node:zlib";
import { strToU8, zipSync } from "fflate";

/** Writes pickle opcodes; each method appends one opcode with its argument. */
export class Pickle {
  private readonly parts: number[] = [];

  raw(...bytes: number[]): this {
    this.parts.push(...bytes);
    return this;
  }
  private text(s: string): number[] {
    return [...Buffer.from(s, "latin1")];
  }
  private utf8(s: string): number[] {
    return [...Buffer.from(s, "utf8")];
  }
  private u32(n: number): number[] {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(n);
    return [...b];
  }
  private u64(n: number): number[] {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(n));
    return [...b];
  }
  proto(n: number) {
    return this.raw(0x80, n);
  }
  frame(n: number) {
    return this.raw(0x95, ...this.u64(n));
  }
  global(module: string, name: string) {
    return this.raw(0x63, ...this.text(`${module}\n${name}\n`));
  }
  inst(module: string, name: string) {
    return this.raw(0x69, ...this.text(`${module}\n${name}\n`));
  }
  /** Protocol 0 STRING: a quoted repr on one line. */
  string(s: string) {
    return this.raw(0x53, ...this.text(`'${s}'\n`));
  }
  unicode(s: string) {
    return this.raw(0x56, ...this.text(`${s}\n`));
  }
  shortBinUnicode(s: string) {
    const b = this.utf8(s);
    return this.raw(0x8c, b.length, ...b);
  }
  binUnicode(s: string) {
    const b = this.utf8(s);
    return this.raw(0x58, ...this.u32(b.length), ...b);
  }
  binUnicode8(s: string) {
    const b = this.utf8(s);
    return this.raw(0x8d, ...this.u64(b.length), ...b);
  }
  shortBinString(s: string) {
    const b = this.text(s);
    return this.raw(0x55, b.length, ...b);
  }
  binBytes(bytes: number[]) {
    return this.raw(0x42, ...this.u32(bytes.length), ...bytes);
  }
  byteArray8(bytes: number[]) {
    return this.raw(0x96, ...this.u64(bytes.length), ...bytes);
  }
  binInt1(n: number) {
    return this.raw(0x4b, n);
  }
  binInt2(n: number) {
    return this.raw(0x4d, n & 0xff, n >> 8);
  }
  long1(n: number) {
    return this.raw(0x8a, 1, n);
  }
  none() {
    return this.raw(0x4e);
  }
  mark() {
    return this.raw(0x28);
  }
  tuple() {
    return this.raw(0x74);
  }
  tuple1() {
    return this.raw(0x85);
  }
  tuple2() {
    return this.raw(0x86);
  }
  emptyTuple() {
    return this.raw(0x29);
  }
  emptyDict() {
    return this.raw(0x7d);
  }
  emptyList() {
    return this.raw(0x5d);
  }
  setItem() {
    return this.raw(0x73);
  }
  setItems() {
    return this.raw(0x75);
  }
  appends() {
    return this.raw(0x65);
  }
  reduce() {
    return this.raw(0x52);
  }
  build() {
    return this.raw(0x62);
  }
  newObj() {
    return this.raw(0x81);
  }
  obj() {
    return this.raw(0x6f);
  }
  stackGlobal() {
    return this.raw(0x93);
  }
  memoize() {
    return this.raw(0x94);
  }
  binPut(i: number) {
    return this.raw(0x71, i);
  }
  binGet(i: number) {
    return this.raw(0x68, i);
  }
  put(i: number) {
    return this.raw(0x70, ...this.text(`${i}\n`));
  }
  get(i: number) {
    return this.raw(0x67, ...this.text(`${i}\n`));
  }
  pop() {
    return this.raw(0x30);
  }
  nextBuffer() {
    return this.raw(0x97);
  }
  readonlyBuffer() {
    return this.raw(0x98);
  }
  stop() {
    return this.raw(0x2e);
  }
  bytes(): Uint8Array {
    return Uint8Array.from(this.parts);
  }
}

/** `os.system("echo pwned")` in protocol 0, as `pickle.dumps(obj, 0)` writes a __reduce__ to os.system. */
export const OS_SYSTEM_P0 = new Pickle()
  .global("os", "system")
  .mark()
  .string("echo pwned")
  .tuple()
  .reduce()
  .stop()
  .bytes();

/** The same call in protocol 4: names pushed as SHORT_BINUNICODE, memoized, joined by STACK_GLOBAL. */
export function stackGlobalCall(module: string, name: string, argument = "id"): Uint8Array {
  return new Pickle()
    .proto(4)
    .frame(40)
    .shortBinUnicode(module)
    .memoize()
    .shortBinUnicode(name)
    .memoize()
    .stackGlobal()
    .memoize()
    .shortBinUnicode(argument)
    .memoize()
    .tuple1()
    .memoize()
    .reduce()
    .memoize()
    .stop()
    .bytes();
}

/** A state dict of one tensor, the way torch.save writes data.pkl (protocol 2, persistent ids for storages). */
export function torchStateDict(): Uint8Array {
  return new Pickle()
    .proto(2)
    .global("collections", "OrderedDict")
    .emptyTuple()
    .reduce()
    .binPut(0)
    .shortBinUnicode("weight")
    .global("torch._utils", "_rebuild_tensor_v2")
    .mark()
    .mark()
    .shortBinUnicode("storage")
    .global("torch", "FloatStorage")
    .shortBinUnicode("0")
    .shortBinUnicode("cpu")
    .binInt1(4)
    .tuple()
    .raw(0x51) // BINPERSID
    .binInt1(0)
    .binInt1(2)
    .binInt1(2)
    .tuple2()
    .binInt1(2)
    .binInt1(1)
    .tuple2()
    .raw(0x89) // NEWFALSE
    .global("collections", "OrderedDict")
    .emptyTuple()
    .reduce()
    .tuple()
    .reduce()
    .setItem()
    .stop()
    .bytes();
}

/** The legacy (pre-zip) torch.save layout: magic, protocol and sys-info pickles, the object, then raw storage. */
export function legacyTorchFile(object: Uint8Array): Uint8Array {
  const magic = new Pickle().proto(2).long1(0x6c).stop().bytes();
  const protocol = new Pickle().proto(2).binInt2(1001).stop().bytes();
  const sysInfo = new Pickle()
    .proto(2)
    .emptyDict()
    .shortBinUnicode("little_endian")
    .raw(0x88)
    .setItem()
    .stop()
    .bytes();
  const keys = new Pickle().proto(2).mark().shortBinUnicode("0").raw(0x6c).stop().bytes();
  return concat(
    magic,
    protocol,
    sysInfo,
    object,
    keys,
    Uint8Array.from([0x80, 0x02, 0xff, 0xff, 1, 2, 3, 4]),
  );
}

export function torchZip(dataPkl: Uint8Array, extra: Record<string, Uint8Array> = {}): Uint8Array {
  return zipSync(
    {
      "archive/data.pkl": dataPkl,
      "archive/version": strToU8("3\n"),
      "archive/data/0": new Uint8Array(16),
      ...extra,
    },
    { level: 0 },
  );
}

export function safetensors(): Uint8Array {
  const header = strToU8(JSON.stringify({ weight: { dtype: "F32", shape: [2, 2], data_offsets: [0, 16] } }));
  const length = Buffer.alloc(8);
  length.writeBigUInt64LE(BigInt(header.length));
  return concat(length, header, new Uint8Array(16));
}

export function kerasArchive(layers: unknown[]): Uint8Array {
  const config = { module: "keras", class_name: "Sequential", config: { name: "model", layers } };
  return zipSync({
    "metadata.json": strToU8(JSON.stringify({ keras_version: "3.6.0" })),
    "config.json": strToU8(JSON.stringify(config)),
    "model.weights.h5": hdf5(""),
  });
}

export const DENSE = { module: "keras.layers", class_name: "Dense", config: { name: "dense", units: 1 } };
export const LAMBDA = {
  module: "keras.layers",
  class_name: "Lambda",
  config: { name: "sneaky", function: { class_name: "__lambda__", config: { code: "4wEAAAAAAAAA" } } },
};

/** HDF5 signature followed by a Keras 2 model_config attribute (as h5py stores the JSON string). */
export function hdf5(modelConfig: string): Uint8Array {
  return concat(
    Uint8Array.from([0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a]),
    new Uint8Array(64),
    strToU8(modelConfig),
  );
}

/** A ustar archive of regular files. */
export function tar(files: Record<string, Uint8Array>): Uint8Array {
  const blocks: Uint8Array[] = [];
  for (const [name, data] of Object.entries(files)) {
    const header = Buffer.alloc(512);
    header.write(name, 0, 100, "latin1");
    header.write("0000644\0", 100, "latin1");
    header.write("0000000\0", 108, "latin1");
    header.write("0000000\0", 116, "latin1");
    header.write(data.length.toString(8).padStart(11, "0") + "\0", 124, "latin1");
    header.write("00000000000\0", 136, "latin1");
    header.write("        ", 148, "latin1");
    header.write("0", 156, "latin1");
    header.write("ustar\0" + "00", 257, "latin1");
    let sum = 0;
    for (const byte of header) sum += byte;
    header.write(sum.toString(8).padStart(6, "0") + "\0 ", 148, "latin1");
    blocks.push(header, data, new Uint8Array((512 - (data.length % 512)) % 512));
  }
  blocks.push(new Uint8Array(1024));
  return concat(...blocks);
}

export const gzip = (bytes: Uint8Array) => new Uint8Array(gzipSync(bytes));
export const zlib = (bytes: Uint8Array) => new Uint8Array(deflateSync(bytes));

/** An .npy file whose dtype is object: the data is a pickle. */
export function npyObjectArray(pickle: Uint8Array): Uint8Array {
  let header = "{'descr': '|O', 'fortran_order': False, 'shape': (1,), }";
  header = header.padEnd(Math.ceil((10 + header.length + 1) / 64) * 64 - 10 - 1) + "\n";
  const head = Buffer.alloc(10);
  head.write("\x93NUMPY", 0, "latin1");
  head[6] = 1;
  head[7] = 0;
  head.writeUInt16LE(header.length, 8);
  return concat(head, strToU8(header), pickle);
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  return Uint8Array.from(Buffer.concat(parts));
}
