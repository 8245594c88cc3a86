// Schema of the history file. Migration N brings user_version from N to N+1; never edit a released one,
// append a new one.
import type Database from "better-sqlite3";
import { InputError } from "../model/input-error.js";

/** "AIPS": marks the SQLite file as an aiposture history (PRAGMA application_id). */
export const APPLICATION_ID = 0x41495053;

export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    scope TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    tool_version TEXT NOT NULL,
    summary TEXT NOT NULL,            -- JSON: the report summary
    open_by_severity TEXT NOT NULL,   -- JSON: open, unsuppressed failures after this run, by severity
    new_count INTEGER NOT NULL,
    persisting_count INTEGER NOT NULL,
    resolved_count INTEGER NOT NULL,
    unverified_count INTEGER NOT NULL,
    suppressed_count INTEGER NOT NULL,
    gaps INTEGER NOT NULL
  );
  CREATE INDEX runs_by_scope ON runs (scope, id);

  -- One row per failure ever seen in a scope: its current open period, or its last one once resolved.
  CREATE TABLE findings (
    scope TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    check_id TEXT NOT NULL,
    title TEXT NOT NULL,
    provider TEXT NOT NULL,
    account TEXT NOT NULL,
    region TEXT NOT NULL,
    resource_id TEXT NOT NULL,
    resource_type TEXT NOT NULL,
    resource_name TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    resolved_at TEXT,
    last_status TEXT NOT NULL CHECK (last_status IN ('fail', 'pass', 'unknown', 'absent')),
    last_severity TEXT NOT NULL,
    suppressed INTEGER NOT NULL DEFAULT 0,
    last_run INTEGER NOT NULL REFERENCES runs (id),
    PRIMARY KEY (scope, fingerprint)
  );
  CREATE INDEX findings_open ON findings (scope, resolved_at);

  -- Every closed open period, for mean time to resolve.
  CREATE TABLE resolutions (
    run_id INTEGER NOT NULL REFERENCES runs (id),
    scope TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    check_id TEXT NOT NULL,
    severity TEXT NOT NULL,
    opened_at TEXT NOT NULL,
    resolved_at TEXT NOT NULL,
    how TEXT NOT NULL CHECK (how IN ('passed', 'gone'))
  );
  CREATE INDEX resolutions_by_scope ON resolutions (scope);
  `,
  // 2: tell catalogue checks (which only a run that evaluated them can resolve) from native and derived findings.
  `ALTER TABLE findings ADD COLUMN catalogued INTEGER NOT NULL DEFAULT 1;`,
];

/**
 * Brings the file to the current schema in one transaction; refuses files that are not ours or are newer, and
 * leaves those untouched. The version is read again under the write lock, so two scans opening a new file at
 * once migrate it once.
 */
export function migrate(db: Database.Database, file: string): void {
  const current = refuseForeign(db, file);
  if (current === MIGRATIONS.length) return;
  db.transaction(() => {
    const version = refuseForeign(db, file);
    if (version === MIGRATIONS.length) return; // another writer migrated it while we waited for the lock
    for (const sql of MIGRATIONS.slice(version)) db.exec(sql);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${MIGRATIONS.length}`);
  }).immediate();
}

/** The file's schema version; throws, writing nothing, when the file is newer or another application's. */
function refuseForeign(db: Database.Database, file: string): number {
  const version = db.pragma("user_version", { simple: true }) as number;
  const appId = db.pragma("application_id", { simple: true }) as number;
  if (version > MIGRATIONS.length)
    throw new InputError(
      `${file}: history schema version ${version} is newer than this aiposture supports (${MIGRATIONS.length}); upgrade aiposture (the file was not changed)`,
    );
  if (appId !== 0 && appId !== APPLICATION_ID)
    throw new InputError(`${file}: is a SQLite database of another application, not an aiposture history`);
  if (version === 0) {
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master").get() as { n: number };
    if (tables.n > 0) throw new InputError(`${file}: is a SQLite database, but not an aiposture history`);
  }
  return version;
}
