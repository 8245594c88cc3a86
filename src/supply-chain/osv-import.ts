// Offline import of an OSV export the user downloaded (a directory of <ID>.json records, or the same as a .zip,
// as osv.dev and the advisory databases publish them): every record is validated, the PyPI records of the AI
// stack are kept, and the snapshot in the user data directory is replaced atomically. A malformed export is
// refused as a whole and the previous snapshot stays.
import {
  closeSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from "node:fs";
import { dirname, join, relative } from "node:path";
import { unzipSync } from "fflate";
import { InputError } from "../model/input-error.js";
import { AI_PACKAGES } from "./ai-packages.js";
import {
  advisorySnapshot,
  describeIssues,
  osvRecord,
  type AdvisorySnapshot,
  type OsvRecord,
} from "./osv/schema.js";
import { normalizePackageName } from "./osv/match.js";

export const IMPORT_LIMITS = {
  /** An OSV export of all of PyPI is tens of MB zipped; far above that is not an export. */
  maxArchiveBytes: 1024 * 1024 * 1024,
  maxRecordBytes: 8 * 1024 * 1024,
  maxRecords: 500_000,
  /** Problems listed before "and N more". */
  listedProblems: 5,
};

export interface ImportResult {
  path: string;
  asOf: string;
  read: number;
  kept: number;
  packages: Record<string, number>;
}

interface Entry {
  name: string;
  bytes: Uint8Array;
}

export function importOsvExport(from: string, targetPath: string, today: Date): ImportResult {
  const entries = readExport(from);
  const problems: string[] = [];
  const records: OsvRecord[] = [];
  for (const entry of entries) {
    const record = parseRecord(entry, problems);
    if (record) records.push(record);
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, IMPORT_LIMITS.listedProblems).join("\n  ");
    const more =
      problems.length > IMPORT_LIMITS.listedProblems
        ? `\n  and ${problems.length - IMPORT_LIMITS.listedProblems} more`
        : "";
    throw new InputError(
      `${from}: ${problems.length} malformed OSV record(s); nothing imported, the current snapshot is kept:\n  ${shown}${more}`,
    );
  }
  const pypi = records.filter((r) => r.affected?.some((a) => a.package.ecosystem === "PyPI"));
  if (pypi.length === 0)
    throw new InputError(
      `${from}: no record affects a PyPI package; export the PyPI ecosystem (nothing imported)`,
    );
  const wanted = new Set<string>(AI_PACKAGES);
  const kept = pypi.filter(
    (r) =>
      !r.withdrawn &&
      r.affected!.some(
        (a) => a.package.ecosystem === "PyPI" && wanted.has(normalizePackageName(a.package.name)),
      ),
  );
  const asOf = records
    .map((r) => r.modified)
    .sort()
    .at(-1)!
    .slice(0, 10);
  const snapshot: AdvisorySnapshot = advisorySnapshot.parse({
    format: "aiposture-osv-snapshot/1",
    asOf,
    generated: today.toISOString().slice(0, 10),
    // A PyPI export is the whole ecosystem: every AI package is covered, with or without records.
    packages: [...AI_PACKAGES],
    sources: [{ name: `OSV export ${from}`, asOf, records: kept.length, read: records.length }],
    vulnerabilities: kept.sort((a, b) => a.id.localeCompare(b.id)),
  });
  writeAtomically(targetPath, JSON.stringify(snapshot) + "\n");
  return {
    path: targetPath,
    asOf,
    read: records.length,
    kept: kept.length,
    packages: countByPackage(kept, wanted),
  };
}

function parseRecord(entry: Entry, problems: string[]): OsvRecord | undefined {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(entry.bytes).toString("utf8"));
  } catch (error) {
    problems.push(`${entry.name}: not JSON (${(error as Error).message})`);
    return undefined;
  }
  const parsed = osvRecord.safeParse(json);
  if (!parsed.success) {
    problems.push(`${entry.name}: ${describeIssues(parsed.error)}`);
    return undefined;
  }
  return parsed.data;
}

function readExport(from: string): Entry[] {
  let stat;
  try {
    stat = lstatSync(from);
  } catch {
    throw new InputError(`--from ${from}: no such file or directory`);
  }
  const entries = stat.isDirectory() ? readDirectory(from) : readZip(from, stat.size);
  if (entries.length === 0) throw new InputError(`--from ${from}: no .json OSV records found`);
  if (entries.length > IMPORT_LIMITS.maxRecords)
    throw new InputError(
      `--from ${from}: ${entries.length} records is more than the ${IMPORT_LIMITS.maxRecords} an export can hold`,
    );
  return entries;
}

function readDirectory(root: string): Entry[] {
  const out: Entry[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, item.name);
      // Symbolic links are not followed: an export is plain files.
      if (item.isDirectory()) pending.push(path);
      else if (item.isFile() && item.name.endsWith(".json")) {
        if (lstatSync(path).size > IMPORT_LIMITS.maxRecordBytes)
          throw new InputError(
            `${path}: larger than ${IMPORT_LIMITS.maxRecordBytes} bytes, not an OSV record`,
          );
        out.push({ name: relative(root, path), bytes: readFileSync(path) });
      }
      if (out.length > IMPORT_LIMITS.maxRecords) return out;
    }
  }
  return out;
}

function readZip(path: string, size: number): Entry[] {
  if (size > IMPORT_LIMITS.maxArchiveBytes)
    throw new InputError(
      `--from ${path}: ${size} bytes is larger than an OSV export (${IMPORT_LIMITS.maxArchiveBytes})`,
    );
  const bytes = readFileSync(path);
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    throw new InputError(`--from ${path}: neither a directory nor a .zip archive`);
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (!file.name.endsWith(".json")) return false;
        if (file.originalSize > IMPORT_LIMITS.maxRecordBytes)
          throw new InputError(
            `${path}: ${file.name} unpacks to ${file.originalSize} bytes, not an OSV record`,
          );
        return true;
      },
    });
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`--from ${path}: not a readable zip archive (${(error as Error).message})`);
  }
  return Object.entries(files).map(([name, content]) => ({ name: `${path}:${name}`, bytes: content }));
}

/** Write beside the target, flush, then rename over it: a reader sees the old file or the new one, never half. */
function writeAtomically(target: string, text: string): void {
  mkdirSync(dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    const fd = openSync(temporary, "w", 0o644);
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

function countByPackage(records: readonly OsvRecord[], wanted: ReadonlySet<string>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const record of records)
    for (const name of new Set(record.affected?.map((a) => normalizePackageName(a.package.name))))
      if (wanted.has(name)) counts[name] = (counts[name] ?? 0) + 1;
  return counts;
}
