// The history file: a SQLite database (better-sqlite3) holding every run and every failure by fingerprint.
// One transaction per run; the file is created readable by its owner only (it names resources and gaps).
import { chmodSync, closeSync, existsSync, openSync } from "node:fs";
import Database from "better-sqlite3";
import { InputError } from "../model/input-error.js";
import type { Report } from "../model/finding.js";
import type { ProviderId } from "../model/inventory.js";
import type { Severity } from "../model/severity.js";
import { classifyRun, type Classification, type FindingRow } from "./classify.js";
import { migrate } from "./migrations.js";

export interface RunRow {
  id: number;
  scope: string;
  startedAt: string;
  finishedAt: string;
  toolVersion: string;
  openBySeverity: Record<Severity, number>;
  new: number;
  persisting: number;
  resolved: number;
  unverified: number;
  suppressed: number;
  gaps: number;
}

export interface ResolutionRow {
  runId: number;
  fingerprint: string;
  checkId: string;
  severity: Severity;
  openedAt: string;
  resolvedAt: string;
  how: "passed" | "gone";
}

export interface RecordOutcome extends Classification {
  runId: number;
  previousRun?: { id: number; startedAt: string };
}

export class HistoryStore {
  private constructor(
    private readonly db: Database.Database,
    readonly file: string,
  ) {}

  /** Opens (and with create, makes) a history file, migrating it to the current schema. */
  static open(file: string, options: { create: boolean }): HistoryStore {
    if (options.create) createPrivately(file);
    else if (!existsSync(file))
      throw new InputError(`${file}: no such history file (create one with scan --history)`);
    let db: Database.Database;
    try {
      db = new Database(file, { fileMustExist: true, timeout: 10_000 });
    } catch (error) {
      throw new InputError(`${file}: cannot open history file: ${(error as Error).message}`);
    }
    try {
      db.pragma("foreign_keys = ON");
      // A damaged file is found here, before a long scan, not when its run is written.
      const check = db.pragma("quick_check(1)", { simple: true });
      if (check !== "ok") throw new InputError(`${file}: history file is damaged (${String(check)})`);
      migrate(db, file);
    } catch (error) {
      db.close();
      if (error instanceof InputError) throw error;
      throw new InputError(`${file}: not a usable history file: ${(error as Error).message}`);
    }
    return new HistoryStore(db, file);
  }

  close(): void {
    this.db.close();
  }

  /** Compares the report with the scope's history and writes the run, all in one transaction. */
  record(input: {
    scope: string;
    report: Report;
    checkIds: ReadonlySet<string>;
    catalogue: ReadonlySet<string>;
    finishedAt: string;
    toolVersion: string;
  }): RecordOutcome {
    const { scope, report } = input;
    const run = this.db.transaction((): RecordOutcome => {
      const previous = this.db
        .prepare("SELECT id, started_at AS startedAt FROM runs WHERE scope = ? ORDER BY id DESC LIMIT 1")
        .get(scope) as { id: number; startedAt: string } | undefined;
      const rows = new Map(this.findingRows(scope).map((r) => [r.fingerprint, r]));
      const result = classifyRun({
        rows,
        report,
        checkIds: input.checkIds,
        catalogue: input.catalogue,
        at: report.startedAt,
      });
      const runId = Number(
        this.db
          .prepare(
            `INSERT INTO runs (scope, started_at, finished_at, tool_version, summary, open_by_severity,
               new_count, persisting_count, resolved_count, unverified_count, suppressed_count, gaps)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            scope,
            report.startedAt,
            input.finishedAt,
            input.toolVersion,
            JSON.stringify(report.summary),
            JSON.stringify(result.openBySeverity),
            result.counts.new,
            result.counts.persisting,
            result.counts.resolved,
            result.counts.unverified,
            report.summary.suppressed ?? 0,
            report.errors.length,
          ).lastInsertRowid,
      );
      const upsert = this.db.prepare(
        `INSERT INTO findings (scope, fingerprint, check_id, title, provider, account, region, resource_id,
           resource_type, resource_name, first_seen, last_seen, resolved_at, last_status, last_severity,
           suppressed, catalogued, last_run)
         VALUES (@scope, @fingerprint, @checkId, @title, @provider, @account, @region, @resourceId,
           @resourceType, @resourceName, @firstSeen, @lastSeen, @resolvedAt, @lastStatus, @lastSeverity,
           @suppressed, @catalogued, @runId)
         ON CONFLICT (scope, fingerprint) DO UPDATE SET
           check_id = excluded.check_id, title = excluded.title, provider = excluded.provider,
           account = excluded.account, region = excluded.region, resource_id = excluded.resource_id,
           resource_type = excluded.resource_type, resource_name = excluded.resource_name,
           first_seen = excluded.first_seen, last_seen = excluded.last_seen, resolved_at = excluded.resolved_at,
           last_status = excluded.last_status, last_severity = excluded.last_severity,
           suppressed = excluded.suppressed, catalogued = excluded.catalogued, last_run = excluded.last_run`,
      );
      for (const row of result.rows)
        upsert.run({
          ...row,
          scope,
          suppressed: row.suppressed ? 1 : 0,
          catalogued: row.catalogued ? 1 : 0,
          runId,
        });
      const resolve = this.db.prepare(
        `INSERT INTO resolutions (run_id, scope, fingerprint, check_id, severity, opened_at, resolved_at, how)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const r of result.resolutions)
        resolve.run(runId, scope, r.fingerprint, r.checkId, r.severity, r.openedAt, r.resolvedAt, r.how);
      return { ...result, runId, ...(previous ? { previousRun: previous } : {}) };
    });
    // IMMEDIATE: take the write lock before reading, so two scans of one scope cannot interleave.
    try {
      return run.immediate();
    } catch (error) {
      throw asInputError(this.file, error);
    }
  }

  /** Scopes in the file with their run counts, most recently run first. */
  scopes(): Array<{ scope: string; runs: number; lastRunAt: string }> {
    return this.db
      .prepare(
        `SELECT scope, count(*) AS runs, max(started_at) AS lastRunAt FROM runs
         GROUP BY scope ORDER BY max(id) DESC`,
      )
      .all() as Array<{ scope: string; runs: number; lastRunAt: string }>;
  }

  runs(scope: string): RunRow[] {
    const rows = this.db
      .prepare(
        `SELECT id, scope, started_at AS startedAt, finished_at AS finishedAt, tool_version AS toolVersion,
           open_by_severity AS openBySeverity, new_count AS new, persisting_count AS persisting,
           resolved_count AS resolved, unverified_count AS unverified, suppressed_count AS suppressed, gaps
         FROM runs WHERE scope = ? ORDER BY id`,
      )
      .all(scope) as Array<Omit<RunRow, "openBySeverity"> & { openBySeverity: string }>;
    return rows.map((r) => ({
      ...r,
      openBySeverity: JSON.parse(r.openBySeverity) as Record<Severity, number>,
    }));
  }

  resolutions(scope: string): ResolutionRow[] {
    return this.db
      .prepare(
        `SELECT run_id AS runId, fingerprint, check_id AS checkId, severity, opened_at AS openedAt,
           resolved_at AS resolvedAt, how
         FROM resolutions WHERE scope = ? ORDER BY run_id, fingerprint`,
      )
      .all(scope) as ResolutionRow[];
  }

  findingRows(scope: string): FindingRow[] {
    const rows = this.db
      .prepare(
        `SELECT fingerprint, check_id AS checkId, title, provider, account, region, resource_id AS resourceId,
           resource_type AS resourceType, resource_name AS resourceName, first_seen AS firstSeen,
           last_seen AS lastSeen, resolved_at AS resolvedAt, last_status AS lastStatus,
           last_severity AS lastSeverity, suppressed, catalogued
         FROM findings WHERE scope = ?`,
      )
      .all(scope) as Array<
      Omit<FindingRow, "suppressed" | "provider" | "catalogued"> & {
        suppressed: number;
        provider: string;
        catalogued: number;
      }
    >;
    return rows.map((r) => ({
      ...r,
      provider: r.provider as ProviderId,
      suppressed: r.suppressed === 1,
      catalogued: r.catalogued === 1,
    }));
  }
}

/**
 * SQLite's own failures of the file (damaged, locked past the busy timeout, disk full, read-only) are a file
 * the person must fix: an input error naming it. Anything else is a bug and stays one.
 */
function asInputError(file: string, error: unknown): unknown {
  const code = (error as { code?: unknown }).code;
  if (
    typeof code !== "string" ||
    !/^SQLITE_(CORRUPT|NOTADB|BUSY|LOCKED|FULL|READONLY|IOERR|CANTOPEN|PERM)/.test(code)
  )
    return error;
  return new InputError(
    `${file}: cannot write the run to the history file (${code}: ${(error as Error).message})`,
  );
}

/** Creates the file with mode 0600 when it does not exist; an existing file keeps its mode. */
function createPrivately(file: string): void {
  try {
    closeSync(openSync(file, "wx", 0o600));
    chmodSync(file, 0o600); // the umask can only have narrowed it; make it exactly owner read/write
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return;
    throw new InputError(`${file}: cannot create history file: ${(error as Error).message}`);
  }
}
