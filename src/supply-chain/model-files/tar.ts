// The members of a tar archive (ustar, GNU long names, pax path records), read from bytes in memory. Every step
// advances by at least one 512-byte block, so a corrupt archive ends the walk instead of looping.

export interface TarMember {
  name: string;
  data: Uint8Array;
}

const BLOCK = 512;
const latin1 = new TextDecoder("latin1");

export function looksLikeTar(bytes: Uint8Array): boolean {
  return bytes.length >= BLOCK && latin1.decode(bytes.subarray(257, 262)) === "ustar";
}

export function* tarMembers(bytes: Uint8Array, maxMembers: number): Generator<TarMember, { error?: string }> {
  let offset = 0;
  let longName: string | undefined;
  let count = 0;
  while (offset + BLOCK <= bytes.length) {
    const header = bytes.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) return {};
    const size = octal(header.subarray(124, 136));
    if (size === undefined) return { error: `tar header at ${offset} has no readable size` };
    const type = String.fromCharCode(header[156]!);
    const dataStart = offset + BLOCK;
    const data = bytes.subarray(dataStart, Math.min(bytes.length, dataStart + size));
    if (data.length < size) return { error: `tar member at ${offset} runs past the end of the archive` };
    offset = dataStart + Math.ceil(size / BLOCK) * BLOCK;
    if (type === "L") {
      longName = cString(data);
      continue;
    }
    if (type === "x") {
      longName = paxPath(data) ?? longName;
      continue;
    }
    const name = longName ?? joinPrefix(cString(header.subarray(345, 500)), cString(header.subarray(0, 100)));
    longName = undefined;
    if (type !== "0" && type !== "\0") continue;
    count += 1;
    if (count > maxMembers) return { error: `more than ${maxMembers} members` };
    yield { name, data };
  }
  return {};
}

export interface TarHeader {
  name: string;
  size: number;
  /** "0" or "\0" regular file, "L" GNU long name, "x" pax header, others skipped. */
  type: string;
}

/** One 512-byte header; "end" for the zero block that ends the archive, undefined when it is not a header. */
export function parseTarHeader(header: Uint8Array): TarHeader | "end" | undefined {
  if (header.length < BLOCK) return undefined;
  if (header.every((byte) => byte === 0)) return "end";
  const size = octal(header.subarray(124, 136));
  if (size === undefined) return undefined;
  return {
    name: joinPrefix(cString(header.subarray(345, 500)), cString(header.subarray(0, 100))),
    size,
    type: String.fromCharCode(header[156]!),
  };
}

/** Bytes of padding after a member's data. */
export function tarPadding(size: number): number {
  return (BLOCK - (size % BLOCK)) % BLOCK;
}

/** The name a GNU "L" member or a pax "x" member sets for the next member. */
export function longNameOf(type: string, data: Uint8Array): string | undefined {
  return type === "L" ? cString(data) : type === "x" ? paxPath(data) : undefined;
}

function octal(field: Uint8Array): number | undefined {
  // GNU base-256 for sizes over 8 GiB: the top bit of the first byte is set.
  if (field[0]! & 0x80) {
    let value = 0;
    for (const byte of field.subarray(1)) value = value * 256 + byte;
    return Number.isSafeInteger(value) ? value : undefined;
  }
  const text = cString(field).trim();
  if (!/^[0-7]+$/.test(text)) return text === "" ? 0 : undefined;
  return Number.parseInt(text, 8);
}

function cString(bytes: Uint8Array): string {
  const end = bytes.indexOf(0);
  return latin1.decode(end < 0 ? bytes : bytes.subarray(0, end));
}

function joinPrefix(prefix: string, name: string): string {
  return prefix ? `${prefix}/${name}` : name;
}

/** pax records are "<length> path=<value>\n". */
function paxPath(data: Uint8Array): string | undefined {
  const text = new TextDecoder().decode(data);
  for (const line of text.split("\n")) {
    const match = /^\d+ path=(.*)$/.exec(line);
    if (match) return match[1];
  }
  return undefined;
}
