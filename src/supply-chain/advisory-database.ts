// The advisory database checks judge versions with: one OSV snapshot, either the one the user imported with
// `aiposture advisories update` or the one shipped in the package (data/advisories/), indexed by PyPI package.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { InputError } from "../model/input-error.js";
import { importedSnapshotPath, SNAPSHOT_FILE } from "./data-dir.js";
import { advisorySnapshot, describeIssues, type AdvisorySnapshot, type OsvRecord } from "./osv/schema.js";
import { normalizePackageName } from "./osv/match.js";

export interface AdvisoryDatabase {
  origin: "imported" | "packaged";
  path: string;
  asOf: string;
  generated: string;
  sources: AdvisorySnapshot["sources"];
  /** Normalized names of the packages the snapshot's sources were read for. */
  packages: ReadonlySet<string>;
  records: readonly OsvRecord[];
  byPackage: ReadonlyMap<string, readonly OsvRecord[]>;
}

/** A snapshot file that is missing or does not validate: the person can fix it (re-import), so an input error. */
export class AdvisorySnapshotError extends InputError {
  override name = "AdvisorySnapshotError";
}

/** Parses and validates a snapshot file's text; the error names the file and the first bad fields. */
export function parseSnapshot(text: string, path: string): AdvisorySnapshot {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AdvisorySnapshotError(`${path}: not JSON (${(error as Error).message})`);
  }
  const parsed = advisorySnapshot.safeParse(json);
  if (!parsed.success) throw new AdvisorySnapshotError(`${path}: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

export function indexSnapshot(
  snapshot: AdvisorySnapshot,
  origin: AdvisoryDatabase["origin"],
  path: string,
): AdvisoryDatabase {
  const byPackage = new Map<string, OsvRecord[]>();
  const records = snapshot.vulnerabilities.filter((record) => !record.withdrawn);
  for (const record of records) {
    const names = new Set((record.affected ?? []).map((a) => normalizePackageName(a.package.name)));
    for (const name of names) byPackage.set(name, [...(byPackage.get(name) ?? []), record]);
  }
  return {
    origin,
    path,
    asOf: snapshot.asOf,
    generated: snapshot.generated,
    sources: snapshot.sources,
    packages: new Set(snapshot.packages.map(normalizePackageName)),
    records,
    byPackage,
  };
}

export function readSnapshotFile(path: string, origin: AdvisoryDatabase["origin"]): AdvisoryDatabase {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new AdvisorySnapshotError(`${path}: ${(error as Error).message}`);
  }
  return indexSnapshot(parseSnapshot(text, path), origin, path);
}

/** data/advisories/osv-pypi-ai.json, found by walking up from this file (works from src/ and dist/src/). */
export function packagedSnapshotPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i += 1) {
    const candidate = join(dir, "data", "advisories", SNAPSHOT_FILE);
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new AdvisorySnapshotError(
    `the packaged advisory snapshot data/advisories/${SNAPSHOT_FILE} is missing`,
  );
}

let active: AdvisoryDatabase | undefined;

/**
 * The imported snapshot when there is one, else the packaged one. Read once per process: checks stay pure
 * functions of the asset and this fixed data. An imported snapshot that no longer validates is an error, not a
 * silent fallback to older data.
 */
export function activeAdvisoryDatabase(): AdvisoryDatabase {
  if (active) return active;
  const imported = importedSnapshotPath();
  if (!existsSync(imported)) return (active = readSnapshotFile(packagedSnapshotPath(), "packaged"));
  try {
    return (active = readSnapshotFile(imported, "imported"));
  } catch (error) {
    if (!(error instanceof AdvisorySnapshotError)) throw error;
    throw new AdvisorySnapshotError(
      `${error.message} (the imported advisory snapshot; import an export again with \`aiposture advisories update --from\`, or delete the file to use the packaged one)`,
    );
  }
}

/** Forget the cached database (after an import, and in tests). */
export function resetActiveAdvisoryDatabase(): void {
  active = undefined;
}
