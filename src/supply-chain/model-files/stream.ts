// Scans a model artifact as it streams in (an S3 GetObject body, a file): memory stays bounded by the member
// prefix cap whatever the artifact's size. gzip is decompressed as a stream; a tar's members are read one by one,
// the model files among them kept up to `memberPrefixBytes` (a PyTorch archive's data.pkl and a legacy pickle are
// at the front) and everything else skipped unread; any other content is scanned from its first bytes.
import { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import type { SCAN_LIMITS } from "./scan.js";
import { scanModelArtifact, type ModelScan, type ScannedFile } from "./scan.js";
import { longNameOf, parseTarHeader, tarPadding } from "./tar.js";

export const STREAM_LIMITS = {
  /** Bytes of one tar member (or of a non-archive artifact) kept in memory for scanning. */
  memberPrefixBytes: 64 * 1024 * 1024,
  /** Decompressed bytes read from one artifact before the scan stops (the rest is not judged). */
  maxStreamBytes: 64 * 1024 * 1024 * 1024,
};

export interface StreamScan extends ModelScan {
  /** Bytes consumed after decompression. */
  bytesRead: number;
  /** False when the scan stopped early (a cap) or read a member only in part. */
  complete: boolean;
}

const MODEL_MEMBER =
  /\.(pkl|pickle|joblib|pt|pth|bin|ckpt|sav|keras|h5|hdf5|safetensors|onnx|gguf|npy|zip|tar|tgz|gz)$/i;

export async function scanArtifactStream(
  name: string,
  source: AsyncIterable<Uint8Array>,
  limits: Partial<typeof STREAM_LIMITS & typeof SCAN_LIMITS> = {},
): Promise<StreamScan> {
  const cap = { ...STREAM_LIMITS, ...limits };
  const files: ScannedFile[] = [];
  const notes: string[] = [];
  let complete = true;
  const raw = new ByteReader(source[Symbol.asyncIterator](), cap.maxStreamBytes);
  let reader = raw;
  let hint = name;
  try {
    const head = await reader.peek(2);
    if (head[0] === 0x1f && head[1] === 0x8b) {
      const gunzip = Readable.from(reader.rest()).pipe(createGunzip());
      reader = new ByteReader(
        gunzip[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>,
        cap.maxStreamBytes,
      );
      hint = name.replace(/\.tgz$/i, ".tar").replace(/\.gz$/i, "");
    }
    const block = await reader.peek(512);
    const isTar =
      block.length === 512 && new TextDecoder("latin1").decode(block.subarray(257, 262)) === "ustar";
    const add = (scan: ModelScan) => {
      files.push(...scan.files);
      notes.push(...scan.notes);
    };
    if (isTar) {
      let longName: string | undefined;
      for (;;) {
        const header = parseTarHeader(await reader.read(512));
        if (header === "end") break;
        if (!header) {
          notes.push(
            `${name}: a tar header at byte ${reader.position - 512} is unreadable; the rest is not scanned`,
          );
          complete = false;
          break;
        }
        const memberName = longName ?? header.name;
        longName = undefined;
        if (header.type === "L" || header.type === "x") {
          longName = longNameOf(header.type, await reader.read(Math.min(header.size, 65536)));
          await reader.skip(Math.max(0, header.size - 65536) + tarPadding(header.size));
          continue;
        }
        const regular = header.type === "0" || header.type === "\0";
        if (regular && MODEL_MEMBER.test(memberName)) {
          const kept = Math.min(header.size, cap.memberPrefixBytes);
          const bytes = await reader.read(kept);
          await reader.skip(header.size - kept + tarPadding(header.size));
          if (kept < header.size) {
            complete = false;
            notes.push(`${name}!${memberName}: first ${kept} of ${header.size} bytes scanned`);
          }
          add(scanModelArtifact(`${name}!${memberName}`, bytes, cap));
        } else await reader.skip(header.size + tarPadding(header.size));
      }
    } else {
      const bytes = await reader.read(cap.memberPrefixBytes, true);
      if (!(await reader.atEnd())) {
        complete = false;
        notes.push(`${name}: first ${bytes.length} bytes scanned`);
      }
      add(scanModelArtifact(hint, bytes, cap));
    }
  } catch (error) {
    complete = false;
    const reason =
      error instanceof StreamCapReached ? error.message : `unreadable stream (${(error as Error).message})`;
    files.push({ path: name, format: "other", risk: "unreadable", detail: reason });
  } finally {
    // Stop the source too (an S3 body): nothing more is read once the scan has what it needs.
    await reader.close();
    if (reader !== raw) await raw.close();
  }
  const order = ["critical", "high", "medium", "low", "info"] as const;
  const worst = order.find((s) => files.some((f) => f.severity === s));
  return {
    files,
    ...(worst ? { severity: worst } : {}),
    unreadable: files.filter((f) => f.risk === "unreadable").length,
    notes,
    bytesRead: reader.position,
    complete,
  };
}

class StreamCapReached extends Error {}

/** Exact reads and skips over a chunk iterator, holding only the chunks not yet consumed. */
class ByteReader {
  private chunks: Uint8Array[] = [];
  private buffered = 0;
  private done = false;
  position = 0;

  constructor(
    private readonly source: AsyncIterator<Uint8Array>,
    private readonly maxBytes: number,
  ) {}

  private async fill(wanted: number): Promise<void> {
    while (this.buffered < wanted && !this.done) {
      const next = await this.source.next();
      if (next.done) this.done = true;
      else if (next.value.length > 0) {
        this.chunks.push(next.value);
        this.buffered += next.value.length;
      }
    }
  }

  async peek(length: number): Promise<Uint8Array> {
    await this.fill(length);
    return this.copy(Math.min(length, this.buffered), false);
  }

  /**
   * Exactly `length` bytes (fewer only at the end of the stream when `upTo`). Chunks are copied out as they
   * arrive, so a large read holds the result and one chunk, not the result twice.
   */
  async read(length: number, upTo = false): Promise<Uint8Array> {
    this.guard(length);
    const parts: Uint8Array[] = [];
    let out = upTo ? undefined : new Uint8Array(length);
    let at = 0;
    while (at < length) {
      await this.fill(1);
      if (this.buffered === 0) break;
      const chunk = this.chunks[0]!;
      const take = Math.min(length - at, chunk.length);
      if (out) out.set(chunk.subarray(0, take), at);
      else parts.push(chunk.subarray(0, take));
      if (take === chunk.length) this.chunks.shift();
      else this.chunks[0] = chunk.subarray(take);
      this.buffered -= take;
      this.position += take;
      at += take;
    }
    if (at < length && !upTo) throw new Error(`the stream ends at byte ${this.position}`);
    out ??= Buffer.concat(parts);
    return out;
  }

  async skip(length: number): Promise<void> {
    this.guard(length);
    let left = length;
    while (left > 0) {
      await this.fill(1);
      if (this.buffered === 0) throw new Error(`the stream ends at byte ${this.position}`);
      const first = this.chunks[0]!;
      const take = Math.min(left, first.length);
      if (take === first.length) this.chunks.shift();
      else this.chunks[0] = first.subarray(take);
      this.buffered -= take;
      this.position += take;
      left -= take;
    }
  }

  async atEnd(): Promise<boolean> {
    await this.fill(1);
    return this.buffered === 0;
  }

  /** The unread bytes, as a stream (for decompression). */
  async *rest(): AsyncGenerator<Uint8Array> {
    for (const chunk of this.chunks) yield chunk;
    this.chunks = [];
    this.buffered = 0;
    for (;;) {
      const next = await this.source.next();
      if (next.done) return;
      yield next.value;
    }
  }

  async close(): Promise<void> {
    await this.source.return?.();
  }

  private guard(length: number): void {
    if (this.position + length > this.maxBytes)
      throw new StreamCapReached(`the scan stops after ${this.maxBytes} bytes; the rest is not judged`);
  }

  private copy(length: number, consume: boolean): Uint8Array {
    const out = new Uint8Array(length);
    let at = 0;
    let index = 0;
    while (at < length) {
      const chunk = this.chunks[index]!;
      const take = Math.min(length - at, chunk.length);
      out.set(chunk.subarray(0, take), at);
      at += take;
      if (consume) {
        if (take === chunk.length) this.chunks.shift();
        else this.chunks[0] = chunk.subarray(take);
      } else index += 1;
    }
    if (consume) {
      this.buffered -= length;
      this.position += length;
    }
    return out;
  }
}
