// The history file itself: creation mode, schema migrations, refusal of foreign files, one transaction per run.
import { statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/model/input-error.js";
import { HistoryStore } from "../../src/history/index.js";
import { MIGRATIONS } from "../../src/history/migrations.js";
import { tempDir } from "./helpers.js";
import { finding, report } from "./fixtures.js";

const SCOPE = "providers=aws accounts=aws:111122223333 regions=* checks=*";
const checkIds = new Set(["storage.public-read"]);

function record(store: HistoryStore, at: string, findings: ReturnType<typeof finding>[]) {
  return store.record({
    scope: SCOPE,
    report: report(at, findings),
    checkIds,
    catalogue: checkIds,
    finishedAt: at,
    toolVersion: "t",
  });
}

describe("history file", () => {
  it("is created with mode 0600 and the current schema version", () => {
    const file = join(tempDir("store"), "h.db");
    HistoryStore.open(file, { create: true }).close();
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const db = new Database(file, { readonly: true });
    expect(db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    expect(db.pragma("application_id", { simple: true })).toBe(0x41495053);
    db.close();
  });

  it("migrates a version-1 file in place, keeping its runs", () => {
    const file = join(tempDir("migrate"), "h.db");
    const v1 = new Database(file);
    v1.exec(MIGRATIONS[0] as string);
    v1.pragma("application_id = 0x41495053");
    v1.pragma("user_version = 1");
    v1.prepare(
      `INSERT INTO runs (scope, started_at, finished_at, tool_version, summary, open_by_severity, new_count,
         persisting_count, resolved_count, unverified_count, suppressed_count, gaps)
       VALUES (?, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', '0.1.0', '{}', '{}', 0, 0, 0, 0, 0, 0)`,
    ).run(SCOPE);
    v1.close();
    const store = HistoryStore.open(file, { create: false });
    expect(store.runs(SCOPE).map((r) => r.toolVersion)).toEqual(["0.1.0"]);
    record(store, "2025-05-01T00:00:00.000Z", [finding("storage.public-read", "a", "fail")]);
    expect(store.findingRows(SCOPE)[0]?.catalogued).toBe(true);
    store.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it("refuses what is not an aiposture history, naming the file", () => {
    const dir = tempDir("foreign");
    const text = join(dir, "notes.txt");
    writeFileSync(text, "this is not sqlite, but it is long enough to look like a header ".repeat(4));
    expect(() => HistoryStore.open(text, { create: true })).toThrow(InputError);
    expect(() => HistoryStore.open(text, { create: true })).toThrow(text);

    const other = join(dir, "other.db");
    const db = new Database(other);
    db.exec("CREATE TABLE t (x)");
    db.close();
    expect(() => HistoryStore.open(other, { create: true })).toThrow(/not an aiposture history/);

    const newer = join(dir, "newer.db");
    HistoryStore.open(newer, { create: true }).close();
    const n = new Database(newer);
    n.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    n.close();
    expect(() => HistoryStore.open(newer, { create: true })).toThrow(/newer than this aiposture supports/);

    expect(() => HistoryStore.open(join(dir, "missing.db"), { create: false })).toThrow(
      /no such history file/,
    );
    expect(() => HistoryStore.open(join(dir, "no-dir", "h.db"), { create: true })).toThrow(/cannot create/);
  });

  it("writes a run in one transaction: a failure leaves no partial run", () => {
    const file = join(tempDir("atomic"), "h.db");
    const store = HistoryStore.open(file, { create: true });
    record(store, "2025-05-01T00:00:00.000Z", [finding("storage.public-read", "a", "fail")]);
    // A finding the schema refuses (NOT NULL provider) after the run row was inserted.
    const broken = { ...finding("storage.public-read", "b", "fail"), provider: null as unknown as "aws" };
    expect(() => record(store, "2025-05-02T00:00:00.000Z", [broken])).toThrow();
    expect(store.runs(SCOPE).map((r) => r.id)).toEqual([1]);
    expect(store.findingRows(SCOPE).map((r) => r.resourceName)).toEqual(["a"]);
    store.close();
  });

  it("keeps runs, rows and resolutions across reopenings", () => {
    const file = join(tempDir("reopen"), "h.db");
    let store = HistoryStore.open(file, { create: true });
    record(store, "2025-05-01T00:00:00.000Z", [finding("storage.public-read", "a", "fail")]);
    store.close();
    store = HistoryStore.open(file, { create: false });
    const out = record(store, "2025-05-03T12:00:00.000Z", [finding("storage.public-read", "a", "pass")]);
    expect(out.previousRun).toEqual({ id: 1, startedAt: "2025-05-01T00:00:00.000Z" });
    expect(store.resolutions(SCOPE)).toMatchObject([
      {
        runId: 2,
        how: "passed",
        openedAt: "2025-05-01T00:00:00.000Z",
        resolvedAt: "2025-05-03T12:00:00.000Z",
      },
    ]);
    expect(store.scopes()).toEqual([{ scope: SCOPE, runs: 2, lastRunAt: "2025-05-03T12:00:00.000Z" }]);
    store.close();
  });
});
