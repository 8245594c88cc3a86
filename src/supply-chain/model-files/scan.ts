// Scans a model artifact's bytes for serialization that runs code on load, without loading it. Archives
// (tar, gzip, zip) are opened in memory and their members scanned, nested up to a depth; PyTorch zip archives are
// judged by the pickles inside (data.pkl, constants.pkl); pickle, joblib and legacy PyTorch files by their
// opcodes; Keras by its layer config; safetensors, GGUF and ONNX are formats that hold no code.
import { gunzipSync, inflateSync } from "node:zlib";
import { unzipSync } from "fflate";
import type { Severity } from "../../model/severity.js";
import { h5HasLambda, scanKerasConfig } from "./keras-config.js";
import { judgeImport, type ImportVerdict } from "./pickle-policy.js";
import { looksLikePickle, scanPickle, type PickleScan } from "./pickle-scan.js";
import { looksLikeTar, tarMembers } from "./tar.js";
import { zipLocalMembers } from "./zip-local.js";

export type ModelFormat =
  "pickle" | "pytorch-zip" | "numpy" | "keras" | "keras-h5" | "safetensors" | "gguf" | "onnx" | "other";

export type FileRisk =
  /** A pickle imports something known to run commands or code, or a Keras config names such a class. */
  | "dangerous-import"
  /** A pickle imports something outside the allow-list (or something the reader could not name). */
  | "import-outside-allow-list"
  /** A Keras Lambda layer or an object from outside Keras. */
  | "keras-code"
  /** A pickle that imports only allow-listed names: it still runs on load, where safetensors would not. */
  | "plain-pickle"
  | "safe-format"
  /** Could not be read to the end (size, opcode or depth caps, corrupt data): not judged. */
  | "unreadable";

export interface ScannedFile {
  /** Path through the archives: "model.tar.gz!model/pytorch_model.bin!archive/data.pkl". */
  path: string;
  format: ModelFormat;
  risk: FileRisk;
  severity?: Severity;
  detail: string;
  /** Each import once, with the opcode (GLOBAL, INST, STACK_GLOBAL) and pickle byte offset where it first occurs. */
  imports?: Array<{ module: string; name: string; verdict: ImportVerdict; opcode?: string; offset?: number }>;
}

export interface ModelScan {
  files: ScannedFile[];
  /** Worst severity among the files; undefined when none is unsafe. */
  severity?: Severity;
  /** Files that could not be judged; the scan's verdict is incomplete while this is non-empty. */
  unreadable: number;
  /** What was read only in part (an archive cut short), for the evidence. */
  notes: string[];
}

export const SCAN_LIMITS = {
  /** Bytes decompressed over the whole scan (gzip, zlib and zip members). */
  maxExpandedBytes: 2 * 1024 * 1024 * 1024,
  maxMemberBytes: 1024 * 1024 * 1024,
  maxMembers: 10_000,
  maxDepth: 4,
  maxFiles: 10_000,
  maxSafetensorsHeader: 100 * 1024 * 1024,
};

type Limits = typeof SCAN_LIMITS;

const PICKLE_NAME = /\.(pkl|pickle|joblib|pt|pth|bin|ckpt|sav|p|dat|model)$/i;
const MODEL_NAME =
  /\.(pkl|pickle|joblib|pt|pth|bin|ckpt|sav|keras|h5|hdf5|safetensors|onnx|gguf|npy|npz|zip|tar|tgz|gz|mar)$/i;

interface Context {
  limits: Limits;
  expanded: number;
  files: ScannedFile[];
  notes: string[];
}

export function scanModelArtifact(name: string, bytes: Uint8Array, limits: Partial<Limits> = {}): ModelScan {
  const context: Context = { limits: { ...SCAN_LIMITS, ...limits }, expanded: 0, files: [], notes: [] };
  scanBytes(context, name, bytes, 0);
  const severities = context.files.flatMap((f) => (f.severity ? [f.severity] : []));
  const order: Severity[] = ["critical", "high", "medium", "low", "info"];
  const worst = order.find((s) => severities.includes(s));
  return {
    files: context.files,
    ...(worst ? { severity: worst } : {}),
    unreadable: context.files.filter((f) => f.risk === "unreadable").length,
    notes: context.notes,
  };
}

function record(context: Context, file: ScannedFile): void {
  if (context.files.length < context.limits.maxFiles) context.files.push(file);
}

function unreadable(context: Context, path: string, format: ModelFormat, detail: string): void {
  record(context, { path, format, risk: "unreadable", detail });
}

/** `hint` is the name to judge the type by: the path, less a .gz the bytes no longer have. */
function scanBytes(context: Context, path: string, bytes: Uint8Array, depth: number, hint = path): void {
  if (depth > context.limits.maxDepth)
    return unreadable(context, path, "other", `nested deeper than ${context.limits.maxDepth} archives`);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    const inner = expand(context, path, bytes, "gzip");
    if (inner) scanBytes(context, path, inner, depth + 1, stripGz(hint));
    return;
  }
  if (looksLikeTar(bytes)) return scanTar(context, path, bytes, depth);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return scanZip(context, path, bytes, depth, hint);
  if (isSafetensors(bytes, context.limits))
    return safe(context, path, "safetensors", "safetensors: tensors and a JSON header, no code");
  if (startsWith(bytes, "GGUF")) return safe(context, path, "gguf", "GGUF: tensors and metadata, no code");
  if (startsWith(bytes, "\x89HDF\r\n\x1a\n")) return scanH5(context, path, bytes);
  if (startsWith(bytes, "\x93NUMPY")) return scanNumpy(context, path, bytes);
  if (looksLikePickle(bytes) || PICKLE_NAME.test(hint)) {
    if (bytes[0] === 0x78 && [0x01, 0x5e, 0x9c, 0xda].includes(bytes[1]!)) {
      // joblib's zlib compression.
      const inner = expand(context, path, bytes, "zlib");
      if (inner) judgePickle(context, path, inner);
      return;
    }
    const compressed = compression(bytes);
    if (compressed)
      return unreadable(
        context,
        path,
        "pickle",
        `compressed with ${compressed}, which this scanner does not open`,
      );
    return judgePickle(context, path, bytes);
  }
  if (/\.onnx$/i.test(hint))
    return safe(context, path, "onnx", "ONNX: a protobuf graph, no Python code on load");
  record(context, {
    path,
    format: "other",
    risk: "safe-format",
    detail: "not a model serialization format this scanner knows",
  });
}

function stripGz(name: string): string {
  return /\.tgz$/i.test(name) ? name.replace(/\.tgz$/i, ".tar") : name.replace(/\.gz$/i, "");
}

function safe(context: Context, path: string, format: ModelFormat, detail: string): void {
  record(context, { path, format, risk: "safe-format", detail });
}

function expand(
  context: Context,
  path: string,
  bytes: Uint8Array,
  kind: "gzip" | "zlib",
): Uint8Array | undefined {
  const budget = Math.min(context.limits.maxMemberBytes, context.limits.maxExpandedBytes - context.expanded);
  if (budget <= 0) {
    unreadable(context, path, "other", `the scan already expanded ${context.expanded} bytes (the cap)`);
    return undefined;
  }
  try {
    const inner =
      kind === "gzip"
        ? gunzipSync(bytes, { maxOutputLength: budget })
        : inflateSync(bytes, { maxOutputLength: budget });
    context.expanded += inner.length;
    return inner;
  } catch (error) {
    const reason =
      (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE"
        ? `expands past ${budget} bytes`
        : `corrupt ${kind} data`;
    unreadable(context, path, "other", reason);
    return undefined;
  }
}

function scanTar(context: Context, path: string, bytes: Uint8Array, depth: number): void {
  const members = tarMembers(bytes, context.limits.maxMembers);
  for (;;) {
    const next = members.next();
    if (next.done) {
      if (next.value.error) unreadable(context, path, "other", `tar: ${next.value.error}`);
      return;
    }
    const member = next.value;
    if (MODEL_NAME.test(member.name) || looksLikePickle(member.data) || member.name.endsWith("config.json"))
      scanBytes(context, `${path}!${member.name}`, member.data, depth + 1);
  }
}

function scanZip(context: Context, path: string, bytes: Uint8Array, depth: number, hint: string): void {
  const names: Array<{ name: string; size: number }> = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        if (names.length < context.limits.maxMembers)
          names.push({ name: file.name, size: file.originalSize });
        return false;
      },
    });
  } catch (error) {
    return scanZipFront(context, path, bytes, depth, (error as Error).message);
  }
  const isTorch = names.some((n) => /(^|\/)data\.pkl$/.test(n.name));
  const isKeras =
    names.some((n) => n.name === "config.json") &&
    (/\.keras$/i.test(hint) || names.some((n) => n.name === "metadata.json"));
  const wanted = names.filter((n) =>
    isTorch
      ? /\.pkl$/.test(n.name)
      : isKeras
        ? n.name === "config.json"
        : MODEL_NAME.test(n.name) && !n.name.endsWith("/"),
  );
  const budget = context.limits.maxExpandedBytes - context.expanded;
  const tooBig = wanted.find((n) => n.size > context.limits.maxMemberBytes || n.size > budget);
  if (tooBig)
    return unreadable(
      context,
      `${path}!${tooBig.name}`,
      "other",
      `member of ${tooBig.size} bytes is over the scan's size cap`,
    );
  let members: Record<string, Uint8Array>;
  try {
    const keep = new Set(wanted.map((n) => n.name));
    members = unzipSync(bytes, { filter: (file) => keep.has(file.name) });
  } catch (error) {
    return unreadable(context, path, "other", `zip: ${(error as Error).message}`);
  }
  for (const [name, data] of Object.entries(members)) {
    context.expanded += data.length;
    const memberPath = `${path}!${name}`;
    if (isTorch) judgePickle(context, memberPath, data, "pytorch-zip");
    else if (isKeras) judgeKerasConfig(context, memberPath, data);
    else scanBytes(context, memberPath, data, depth + 1);
  }
}

/** A zip without its central directory (cut short): its members read from the front, as far as they go. */
function scanZipFront(context: Context, path: string, bytes: Uint8Array, depth: number, why: string): void {
  const walk = zipLocalMembers(
    bytes,
    (name) => name.endsWith(".pkl") || name === "config.json" || MODEL_NAME.test(name),
    context.limits.maxMemberBytes,
  );
  let found = 0;
  for (;;) {
    const next = walk.next();
    if (next.done) {
      const stopped = next.value.stopped ? `; ${next.value.stopped}` : "";
      if (found === 0)
        unreadable(context, path, "other", `zip without a readable central directory (${why})${stopped}`);
      else context.notes.push(`${path}: read from its first bytes only${stopped}`);
      return;
    }
    found += 1;
    const { name, data } = next.value;
    context.expanded += data.length;
    if (name.endsWith(".pkl")) judgePickle(context, `${path}!${name}`, data, "pytorch-zip");
    else if (name === "config.json") judgeKerasConfig(context, `${path}!${name}`, data);
    else scanBytes(context, `${path}!${name}`, data, depth + 1);
  }
}

function judgePickle(
  context: Context,
  path: string,
  bytes: Uint8Array,
  format: ModelFormat = "pickle",
): void {
  const scan = scanPickle(bytes);
  const imports = dedupe(scan).map((i) => ({ ...i, verdict: judgeImport(i.module, i.name) }));
  const dangerous = imports.filter((i) => i.verdict === "dangerous");
  const outside = imports.filter((i) => i.verdict === "not-allowed");
  const names = (list: typeof imports) => list.map((i) => `${i.module}.${i.name}`).join(", ");
  if (scan.opcodes === 0 || (scan.pickles === 0 && imports.length === 0 && scan.malformed))
    return unreadable(context, path, format, `not a pickle stream (${scan.malformed?.reason ?? "empty"})`);
  if (dangerous.length > 0)
    return record(context, {
      path,
      format,
      risk: "dangerous-import",
      severity: "critical",
      detail: `pickle imports ${names(dangerous)}, which runs code when the file is loaded`,
      imports,
    });
  if (outside.length > 0 || scan.unresolved.length > 0) {
    const unnamed =
      scan.unresolved.length > 0
        ? `${scan.unresolved.length} import(s) the reader could not name (${scan.unresolved[0]!.opcode})`
        : "";
    const detail = [
      outside.length > 0 ? `imports outside the safe allow-list: ${names(outside)}` : "",
      unnamed,
    ]
      .filter(Boolean)
      .join("; ");
    return record(context, {
      path,
      format,
      risk: "import-outside-allow-list",
      severity: "critical",
      detail: `pickle ${detail}; loading it calls them`,
      imports,
    });
  }
  const incomplete = scan.truncated ?? (scan.pickles === 0 ? scan.malformed : undefined);
  if (incomplete)
    return record(context, {
      path,
      format,
      risk: "unreadable",
      detail: `pickle not read to the end: ${incomplete.reason} at byte ${incomplete.offset}`,
      imports,
    });
  record(context, {
    path,
    format,
    risk: "plain-pickle",
    severity: "medium",
    detail: `pickle (protocol ${scan.protocol}) with only allow-listed imports; it still runs on load, where safetensors would not`,
    imports,
  });
}

/** One entry per module.name, with the opcode and byte offset of its first import (the evidence). */
function dedupe(scan: PickleScan) {
  const seen = new Map<string, { module: string; name: string; opcode: string; offset: number }>();
  for (const i of scan.imports) {
    const key = `${i.module}\n${i.name}`;
    if (!seen.has(key)) seen.set(key, { module: i.module, name: i.name, opcode: i.via, offset: i.offset });
  }
  return [...seen.values()];
}

function judgeKerasConfig(context: Context, path: string, data: Uint8Array): void {
  let config: unknown;
  try {
    config = JSON.parse(new TextDecoder().decode(data));
  } catch {
    return unreadable(context, path, "keras", "config.json is not JSON");
  }
  const scan = scanKerasConfig(config);
  const dangerous = scan.foreign.filter((f) => f.dangerous);
  if (dangerous.length > 0)
    return record(context, {
      path,
      format: "keras",
      risk: "dangerous-import",
      severity: "critical",
      detail: `Keras config constructs ${dangerous.map((f) => `${f.module}.${f.className}`).join(", ")} on load`,
    });
  if (scan.lambdas.length > 0 || scan.foreign.length > 0) {
    const parts = [
      scan.lambdas.length > 0 ? `Lambda layer(s) ${scan.lambdas.join(", ")} carry Python bytecode` : "",
      scan.foreign.length > 0
        ? `objects from outside Keras: ${scan.foreign.map((f) => `${f.module}.${f.className}`).join(", ")}`
        : "",
    ].filter(Boolean);
    return record(context, {
      path,
      format: "keras",
      risk: "keras-code",
      severity: "high",
      detail: `${parts.join("; ")}: loading the model runs code`,
    });
  }
  if (scan.truncated) return unreadable(context, path, "keras", scan.truncated);
  safe(context, path, "keras", "Keras config with built-in layers only");
}

function scanH5(context: Context, path: string, bytes: Uint8Array): void {
  if (h5HasLambda(bytes))
    return record(context, {
      path,
      format: "keras-h5",
      risk: "keras-code",
      severity: "high",
      detail: "HDF5 Keras model with a Lambda layer: its Python bytecode runs when the model is loaded",
    });
  safe(context, path, "keras-h5", "HDF5 file: no Keras Lambda layer in its model config");
}

/** .npy: an object array (dtype 'O') is a pickle after the header; np.load(allow_pickle=True) runs it. */
function scanNumpy(context: Context, path: string, bytes: Uint8Array): void {
  const major = bytes[6];
  const headerStart = major === 1 ? 10 : 12;
  if (bytes.length < headerStart) return unreadable(context, path, "numpy", "truncated .npy header");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
  if (bytes.length < headerStart + headerLength)
    return unreadable(context, path, "numpy", "truncated .npy header");
  const header = new TextDecoder("latin1").decode(bytes.subarray(headerStart, headerStart + headerLength));
  if (/'descr':\s*'\|O'/.test(header))
    return judgePickle(context, path, bytes.subarray(headerStart + headerLength), "numpy");
  safe(context, path, "numpy", ".npy array of plain numbers, no pickle");
}

function isSafetensors(bytes: Uint8Array, limits: Limits): boolean {
  if (bytes.length < 10) return false;
  const length = Number(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getBigUint64(0, true));
  if (length < 2 || length > limits.maxSafetensorsHeader || length > bytes.length - 8 || bytes[8] !== 0x7b)
    return false;
  try {
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length))) as unknown;
    return typeof header === "object" && header !== null && !Array.isArray(header);
  } catch {
    return false;
  }
}

function startsWith(bytes: Uint8Array, magic: string): boolean {
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i += 1) if (bytes[i] !== magic.charCodeAt(i)) return false;
  return true;
}

function compression(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, "BZh")) return "bzip2";
  if (startsWith(bytes, "\xfd7zXZ\x00")) return "xz";
  if (bytes[0] === 0x04 && bytes[1] === 0x22 && bytes[2] === 0x4d && bytes[3] === 0x18) return "lz4";
  return undefined;
}
