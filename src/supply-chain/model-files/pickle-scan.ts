// Reads a pickle stream's opcodes without unpickling it: which globals it would import (GLOBAL, INST, and
// STACK_GLOBAL resolved through a model of the stack and memo that holds only strings), and how many calls it
// would make (REDUCE, NEWOBJ, OBJ, INST, BUILD). Iterative, with caps on opcodes, stack and memo, so garbage, deep
// nesting or a crafted stream ends in a "truncated" or "malformed" result, never an exception or a hang.
import { HIGHEST_PROTOCOL, OPCODES, type Opcode } from "./pickle-opcodes.js";

export interface PickleImport {
  module: string;
  name: string;
  /** GLOBAL / INST carry the names inline; STACK_GLOBAL takes them from the stack. */
  via: "GLOBAL" | "INST" | "STACK_GLOBAL";
  offset: number;
}

export interface PickleScan {
  /** Highest PROTO seen (0 when the stream has none, as protocols 0 and 1 do). */
  protocol: number;
  imports: PickleImport[];
  /** Imports the reader could not name: STACK_GLOBAL over non-string operands, EXT1/2/4 registry codes. */
  unresolved: Array<{ opcode: string; offset: number }>;
  calls: number;
  opcodes: number;
  /** Pickles read back to back (PyTorch's legacy format writes several); the scan stops at the first non-pickle. */
  pickles: number;
  /** Where reading stopped early and why; absent when every pickle ended with STOP. */
  malformed?: { offset: number; reason: string };
  truncated?: { offset: number; reason: string };
}

export const PICKLE_LIMITS = {
  maxOpcodes: 5_000_000,
  maxStack: 1_000_000,
  maxMemo: 1_000_000,
  maxImports: 10_000,
  /** Back-to-back pickles read from one stream. */
  maxPickles: 16,
  /** Longest module or name kept (longer ones are cut: they are evidence, not identifiers). */
  maxNameLength: 256,
};

type Value = string | typeof OPAQUE | typeof MARK;
const OPAQUE = Symbol("opaque");
const MARK = Symbol("mark");

const decoder = new TextDecoder("utf-8", { fatal: false });
const latin1 = new TextDecoder("latin1");

/** True when the bytes start like a pickle of protocol 2 or later (PROTO n). */
export function looksLikePickle(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x80 && bytes[1]! >= 2 && bytes[1]! <= HIGHEST_PROTOCOL;
}

export function scanPickle(bytes: Uint8Array, limits: Partial<typeof PICKLE_LIMITS> = {}): PickleScan {
  const cap = { ...PICKLE_LIMITS, ...limits };
  const result: PickleScan = { protocol: 0, imports: [], unresolved: [], calls: 0, opcodes: 0, pickles: 0 };
  let offset = 0;
  while (offset < bytes.length && result.pickles < cap.maxPickles) {
    // After the first pickle, only another pickle that announces its protocol is read: PyTorch's legacy files
    // follow their pickles with raw tensor bytes.
    if (result.pickles > 0 && !looksLikePickle(bytes.subarray(offset))) break;
    const end = scanOne(bytes, offset, cap, result);
    if (end === undefined) break;
    result.pickles += 1;
    offset = end;
  }
  return result;
}

/** Reads one pickle from `start`; returns the offset after its STOP, or undefined when it did not end cleanly. */
function scanOne(
  bytes: Uint8Array,
  start: number,
  cap: typeof PICKLE_LIMITS,
  out: PickleScan,
): number | undefined {
  const stack: Value[] = [];
  const memo = new Map<number, Value>();
  let offset = start;
  const fail = (reason: string) => {
    out.malformed = { offset, reason };
    return undefined;
  };
  while (offset < bytes.length) {
    if (out.opcodes >= cap.maxOpcodes) {
      out.truncated = { offset, reason: `more than ${cap.maxOpcodes} opcodes` };
      return undefined;
    }
    const at = offset;
    const opcode: Opcode | undefined = OPCODES[bytes[offset]!];
    if (!opcode) return fail(`byte 0x${bytes[offset]!.toString(16).padStart(2, "0")} is not a pickle opcode`);
    out.opcodes += 1;
    offset += 1;
    const arg = readArg(bytes, offset, opcode);
    if (!arg) return fail(`${opcode.name} argument runs past the end of the data`);
    offset = arg.next;

    switch (opcode.name) {
      case "STOP":
        return offset;
      case "PROTO":
        out.protocol = Math.max(out.protocol, arg.number ?? 0);
        break;
      case "GLOBAL":
      case "INST":
        addImport(out, cap, arg.lines![0]!, arg.lines![1]!, opcode.name, at);
        break;
      case "STACK_GLOBAL": {
        const name = stack.at(-1);
        const module = stack.at(-2);
        if (typeof module === "string" && typeof name === "string")
          addImport(out, cap, module, name, "STACK_GLOBAL", at);
        else if (out.unresolved.length < cap.maxImports)
          out.unresolved.push({ opcode: opcode.name, offset: at });
        break;
      }
      case "EXT1":
      case "EXT2":
      case "EXT4":
        if (out.unresolved.length < cap.maxImports) out.unresolved.push({ opcode: opcode.name, offset: at });
        break;
      case "REDUCE":
      case "NEWOBJ":
      case "NEWOBJ_EX":
      case "OBJ":
      case "BUILD":
        out.calls += 1;
        break;
    }
    if (opcode.name === "INST") out.calls += 1;

    // Memo: strings are remembered so that BINGET-built STACK_GLOBAL operands still resolve.
    if (
      opcode.name === "PUT" ||
      opcode.name === "BINPUT" ||
      opcode.name === "LONG_BINPUT" ||
      opcode.name === "MEMOIZE"
    ) {
      const index =
        opcode.name === "MEMOIZE"
          ? memo.size
          : opcode.name === "PUT"
            ? Number.parseInt(arg.lines![0]!, 10)
            : arg.number!;
      if (stack.length === 0) return fail(`${opcode.name} with an empty stack`);
      if (memo.size >= cap.maxMemo) {
        out.truncated = { offset: at, reason: `more than ${cap.maxMemo} memo entries` };
        return undefined;
      }
      if (Number.isFinite(index)) memo.set(index, stack.at(-1)!);
      continue;
    }
    const pushed: Value = pushedValue(opcode, arg, memo);
    switch (opcode.stack.kind) {
      case "push":
        stack.push(pushed);
        break;
      case "dup":
        if (stack.length === 0) return fail("DUP with an empty stack");
        stack.push(stack.at(-1)!);
        break;
      case "pop":
        if (stack.length < opcode.stack.count) return fail(`${opcode.name} with too few items on the stack`);
        stack.length -= opcode.stack.count;
        break;
      case "pop-push":
        if (stack.length < opcode.stack.pop) return fail(`${opcode.name} with too few items on the stack`);
        stack.length -= opcode.stack.pop;
        stack.push(OPAQUE);
        break;
      case "mark":
        stack.push(MARK);
        break;
      case "pop-mark":
      case "pop-mark-push": {
        const mark = stack.lastIndexOf(MARK);
        if (mark < 0) return fail(`${opcode.name} without a MARK`);
        stack.length = mark;
        if (opcode.stack.kind === "pop-mark-push") stack.push(OPAQUE);
        break;
      }
      case "none":
        break;
    }
    if (stack.length > cap.maxStack) {
      out.truncated = { offset: at, reason: `more than ${cap.maxStack} items on the stack` };
      return undefined;
    }
  }
  return fail("the data ends before STOP");
}

interface Arg {
  next: number;
  number?: number;
  lines?: string[];
  text?: string;
}

function readArg(bytes: Uint8Array, offset: number, opcode: Opcode): Arg | undefined {
  const left = bytes.length - offset;
  const view = () => new DataView(bytes.buffer, bytes.byteOffset + offset, left);
  switch (opcode.arg) {
    case "none":
      return { next: offset };
    case "uint1":
      return left >= 1 ? { next: offset + 1, number: bytes[offset]! } : undefined;
    case "uint2":
      return left >= 2 ? { next: offset + 2, number: view().getUint16(0, true) } : undefined;
    case "int4":
      return left >= 4 ? { next: offset + 4, number: view().getInt32(0, true) } : undefined;
    case "uint4":
      return left >= 4 ? { next: offset + 4, number: view().getUint32(0, true) } : undefined;
    case "uint8":
    case "float8":
      return left >= 8 ? { next: offset + 8, number: Number(view().getBigUint64(0, true)) } : undefined;
    case "line": {
      const end = bytes.indexOf(0x0a, offset);
      if (end < 0) return undefined;
      return { next: end + 1, lines: [latin1.decode(bytes.subarray(offset, end))] };
    }
    case "line-pair": {
      const first = bytes.indexOf(0x0a, offset);
      const second = first < 0 ? -1 : bytes.indexOf(0x0a, first + 1);
      if (second < 0) return undefined;
      return {
        next: second + 1,
        lines: [
          latin1.decode(bytes.subarray(offset, first)),
          latin1.decode(bytes.subarray(first + 1, second)),
        ],
      };
    }
    case "len1":
    case "len4":
    case "len4-signed":
    case "len8": {
      const size = opcode.arg === "len1" ? 1 : opcode.arg === "len8" ? 8 : 4;
      if (left < size) return undefined;
      const length =
        size === 1
          ? bytes[offset]!
          : size === 8
            ? Number(view().getBigUint64(0, true))
            : opcode.arg === "len4-signed"
              ? view().getInt32(0, true)
              : view().getUint32(0, true);
      if (length < 0 || length > left - size) return undefined;
      const start = offset + size;
      return {
        next: start + length,
        text: textOf(opcode, bytes.subarray(start, start + Math.min(length, 4096))),
      };
    }
  }
}

function textOf(opcode: Opcode, bytes: Uint8Array): string | undefined {
  if (opcode.name.includes("UNICODE")) return decoder.decode(bytes);
  if (opcode.name.endsWith("BINSTRING")) return latin1.decode(bytes);
  return undefined;
}

function pushedValue(opcode: Opcode, arg: Arg, memo: ReadonlyMap<number, Value>): Value {
  switch (opcode.name) {
    case "SHORT_BINUNICODE":
    case "BINUNICODE":
    case "BINUNICODE8":
    case "SHORT_BINSTRING":
    case "BINSTRING":
      return arg.text ?? OPAQUE;
    case "STRING":
      return unquote(arg.lines![0]!);
    case "UNICODE":
      return arg.lines![0]!;
    case "GET":
      return memo.get(Number.parseInt(arg.lines![0]!, 10)) ?? OPAQUE;
    case "BINGET":
    case "LONG_BINGET":
      return memo.get(arg.number!) ?? OPAQUE;
    default:
      return OPAQUE;
  }
}

/** STRING's argument is a Python repr: 'os' or "os". */
function unquote(text: string): string {
  const quote = text[0];
  return (quote === "'" || quote === '"') && text.endsWith(quote) && text.length >= 2
    ? text.slice(1, -1)
    : text;
}

function addImport(
  out: PickleScan,
  cap: typeof PICKLE_LIMITS,
  module: string,
  name: string,
  via: PickleImport["via"],
  offset: number,
) {
  if (out.imports.length >= cap.maxImports) return;
  out.imports.push({
    module: module.slice(0, cap.maxNameLength),
    name: name.slice(0, cap.maxNameLength),
    via,
    offset,
  });
}
