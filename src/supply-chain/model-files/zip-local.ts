// Zip members read front to back from their local headers, for when the central directory at the end is not
// there: the first bytes of a multi-GB PyTorch archive read by a ranged request or cut from a tar stream.
// PyTorch writes data.pkl first, so a prefix holds it. Members whose sizes are not in the local header (a data
// descriptor follows them instead) end the walk.
import { inflateRawSync } from "node:zlib";

export interface LocalMember {
  name: string;
  data: Uint8Array;
}

const LOCAL_HEADER = 0x04034b50;

export function* zipLocalMembers(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  maxMemberBytes: number,
): Generator<LocalMember, { stopped?: string }> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 0;
  while (offset + 30 <= bytes.length && view.getUint32(offset, true) === LOCAL_HEADER) {
    const flags = view.getUint16(offset + 6, true);
    const method = view.getUint16(offset + 8, true);
    let compressed = view.getUint32(offset + 18, true);
    let size = view.getUint32(offset + 22, true);
    const nameLength = view.getUint16(offset + 26, true);
    const extraLength = view.getUint16(offset + 28, true);
    const nameEnd = offset + 30 + nameLength;
    const dataStart = nameEnd + extraLength;
    if (dataStart > bytes.length) return { stopped: "the data ends inside a member header" };
    const name = new TextDecoder().decode(bytes.subarray(offset + 30, nameEnd));
    if (compressed === 0xffffffff || size === 0xffffffff) {
      const sizes = zip64Sizes(view, nameEnd, dataStart);
      if (!sizes) return { stopped: `${name}: zip64 sizes missing` };
      ({ size, compressed } = sizes);
    }
    if (flags & 0x08 && compressed === 0)
      return { stopped: `${name}: sizes follow the data (data descriptor)` };
    const dataEnd = dataStart + compressed;
    if (wanted(name)) {
      if (dataEnd > bytes.length) return { stopped: `${name}: runs past the bytes read` };
      if (size > maxMemberBytes) return { stopped: `${name}: ${size} bytes is over the member cap` };
      const raw = bytes.subarray(dataStart, dataEnd);
      if (method === 0) yield { name, data: raw };
      else if (method === 8) {
        try {
          yield { name, data: new Uint8Array(inflateRawSync(raw, { maxOutputLength: maxMemberBytes })) };
        } catch {
          return { stopped: `${name}: corrupt deflate data` };
        }
      } else return { stopped: `${name}: compression method ${method} is not read` };
    }
    if (dataEnd > bytes.length) return { stopped: "the bytes read end inside a member" };
    offset = dataEnd + (flags & 0x08 ? descriptorLength(view, dataEnd) : 0);
  }
  return {};
}

function zip64Sizes(
  view: DataView,
  start: number,
  end: number,
): { size: number; compressed: number } | undefined {
  let at = start;
  while (at + 4 <= end) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (id === 0x0001 && length >= 16 && at + 4 + 16 <= end)
      return {
        size: Number(view.getBigUint64(at + 4, true)),
        compressed: Number(view.getBigUint64(at + 12, true)),
      };
    at += 4 + length;
  }
  return undefined;
}

/** A data descriptor: optional signature, crc, and two sizes (4 bytes each; zip64 ones are not walked past). */
function descriptorLength(view: DataView, at: number): number {
  return at + 4 <= view.byteLength && view.getUint32(at, true) === 0x08074b50 ? 16 : 12;
}
