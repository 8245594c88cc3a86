// The pickle opcodes, their argument encodings and their effect on the unpickler's stack, as CPython's
// Lib/pickletools.py documents them (protocols 0 to 5). Reading them is enough to know what a pickle would import
// and call; nothing here executes or constructs anything.

/** How an opcode's argument is encoded after the opcode byte. */
export type ArgKind =
  | "none"
  | "uint1"
  | "uint2"
  | "int4"
  | "uint4"
  | "uint8"
  | "float8"
  /** One line ending in "\n". */
  | "line"
  /** Two lines: module and name (GLOBAL, INST). */
  | "line-pair"
  /** Length-prefixed bytes; the number is the size of the length in bytes (signed for 4 where pickletools says so). */
  | "len1"
  | "len4"
  | "len4-signed"
  | "len8";

/**
 * Stack effect: "push" one value; "pop-N-push" pops N and pushes one; "pop-N"; "mark"; "pop-mark-push" pops to the
 * mark and pushes one; "pop-mark" pops to the mark (APPENDS keeps the list below); "none".
 */
export type StackEffect =
  | { kind: "push" }
  | { kind: "pop-push"; pop: number }
  | { kind: "pop"; count: number }
  | { kind: "mark" }
  | { kind: "pop-mark-push" }
  | { kind: "pop-mark" }
  | { kind: "dup" }
  | { kind: "none" };

export interface Opcode {
  name: string;
  arg: ArgKind;
  stack: StackEffect;
}

const push = { kind: "push" } as const;
const none = { kind: "none" } as const;
const popPush = (pop: number) => ({ kind: "pop-push", pop }) as const;

const TABLE: Array<[number | string, string, ArgKind, StackEffect]> = [
  ["(", "MARK", "none", { kind: "mark" }],
  [".", "STOP", "none", none],
  ["0", "POP", "none", { kind: "pop", count: 1 }],
  ["1", "POP_MARK", "none", { kind: "pop-mark" }],
  ["2", "DUP", "none", { kind: "dup" }],
  ["F", "FLOAT", "line", push],
  ["I", "INT", "line", push],
  ["J", "BININT", "int4", push],
  ["K", "BININT1", "uint1", push],
  ["L", "LONG", "line", push],
  ["M", "BININT2", "uint2", push],
  ["N", "NONE", "none", push],
  ["P", "PERSID", "line", push],
  ["Q", "BINPERSID", "none", popPush(1)],
  ["R", "REDUCE", "none", popPush(2)],
  ["S", "STRING", "line", push],
  ["T", "BINSTRING", "len4-signed", push],
  ["U", "SHORT_BINSTRING", "len1", push],
  ["V", "UNICODE", "line", push],
  ["X", "BINUNICODE", "len4", push],
  ["a", "APPEND", "none", popPush(2)],
  ["b", "BUILD", "none", popPush(2)],
  ["c", "GLOBAL", "line-pair", push],
  ["d", "DICT", "none", { kind: "pop-mark-push" }],
  ["}", "EMPTY_DICT", "none", push],
  ["e", "APPENDS", "none", { kind: "pop-mark" }],
  ["g", "GET", "line", push],
  ["h", "BINGET", "uint1", push],
  ["i", "INST", "line-pair", { kind: "pop-mark-push" }],
  ["j", "LONG_BINGET", "uint4", push],
  ["l", "LIST", "none", { kind: "pop-mark-push" }],
  ["]", "EMPTY_LIST", "none", push],
  ["o", "OBJ", "none", { kind: "pop-mark-push" }],
  ["p", "PUT", "line", none],
  ["q", "BINPUT", "uint1", none],
  ["r", "LONG_BINPUT", "uint4", none],
  ["s", "SETITEM", "none", popPush(3)],
  ["t", "TUPLE", "none", { kind: "pop-mark-push" }],
  [")", "EMPTY_TUPLE", "none", push],
  ["u", "SETITEMS", "none", { kind: "pop-mark" }],
  ["G", "BINFLOAT", "float8", push],
  [0x80, "PROTO", "uint1", none],
  [0x81, "NEWOBJ", "none", popPush(2)],
  [0x82, "EXT1", "uint1", push],
  [0x83, "EXT2", "uint2", push],
  [0x84, "EXT4", "int4", push],
  [0x85, "TUPLE1", "none", popPush(1)],
  [0x86, "TUPLE2", "none", popPush(2)],
  [0x87, "TUPLE3", "none", popPush(3)],
  [0x88, "NEWTRUE", "none", push],
  [0x89, "NEWFALSE", "none", push],
  [0x8a, "LONG1", "len1", push],
  [0x8b, "LONG4", "len4-signed", push],
  ["B", "BINBYTES", "len4", push],
  ["C", "SHORT_BINBYTES", "len1", push],
  [0x8c, "SHORT_BINUNICODE", "len1", push],
  [0x8d, "BINUNICODE8", "len8", push],
  [0x8e, "BINBYTES8", "len8", push],
  [0x8f, "EMPTY_SET", "none", push],
  [0x90, "ADDITEMS", "none", { kind: "pop-mark" }],
  [0x91, "FROZENSET", "none", { kind: "pop-mark-push" }],
  [0x92, "NEWOBJ_EX", "none", popPush(3)],
  [0x93, "STACK_GLOBAL", "none", popPush(2)],
  [0x94, "MEMOIZE", "none", none],
  [0x95, "FRAME", "uint8", none],
  [0x96, "BYTEARRAY8", "len8", push],
  [0x97, "NEXT_BUFFER", "none", push],
  [0x98, "READONLY_BUFFER", "none", popPush(1)],
];

/** Opcode by byte value; undefined for a byte that is no opcode. */
export const OPCODES: ReadonlyArray<Opcode | undefined> = (() => {
  const table: Array<Opcode | undefined> = new Array(256).fill(undefined);
  for (const [code, name, arg, stack] of TABLE) {
    const byte = typeof code === "number" ? code : code.charCodeAt(0);
    table[byte] = { name, arg, stack };
  }
  return table;
})();

export const HIGHEST_PROTOCOL = 5;
