// The history file survives what happens to scans: SIGKILL at random points while runs are written, several
// writers at once, a damaged file, a file from a newer aiposture. The writers are real processes (a bundle of
// kill-child.ts, so each starts in milliseconds); `npm run test:kill` runs many more kills (KILL_COUNT).
import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HistoryStore } from "../../src/history/index.js";
import { MIGRATIONS } from "../../src/history/migrations.js";
import { InputError } from "../../src/model/input-error.js";
import { tempDir } from "./helpers.js";

const KILLS = Number(process.env["KILL_COUNT"] ?? 5);
const ROOT = join(import.meta.dirname, "..", "..");
let bundleDir = "";
let child = "";

beforeAll(async () => {
  // Inside the checkout, so the bundle's one external (better-sqlite3, a native module) resolves.
  mkdirSync(join(ROOT, "tmp"), { recursive: true });
  bundleDir = mkdtempSync(join(ROOT, "tmp", "kill-child-"));
  child = join(bundleDir, "kill-child.mjs");
  await build({
    entryPoints: [join(import.meta.dirname, "kill-child.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: child,
    external: ["better-sqlite3"],
    logLevel: "silent",
  });
});
afterAll(() => rmSync(bundleDir, { recursive: true, force: true }));

interface Writer {
  process: ChildProcess;
  committed: number[];
  ready: Promise<void>;
  exited: Promise<number | null>;
}

function startWriter(file: string, runs = 1_000_000, id = 0): Writer {
  const proc = spawn(process.execPath, [child, file, String(runs), String(id)], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const committed: number[] = [];
  let stderr = "";
  let out = "";
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  proc.stdout!.on("data", (chunk: Buffer) => {
    out += chunk.toString();
    const lines = out.split("\n");
    out = lines.pop() ?? "";
    for (const line of lines) {
      if (line === "ready") markReady();
      const m = /^committed (\d+)$/.exec(line);
      if (m) committed.push(Number(m[1]));
    }
  });
  proc.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    proc.on("exit", (code) => {
      markReady();
      if (code !== 0 && code !== null) console.error(stderr);
      resolve(code);
    }),
  );
  return { process: proc, committed, ready, exited };
}

/** Each run row as text, by id: what "intact" is compared on. */
function runRows(file: string): Map<number, string> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare("SELECT * FROM runs ORDER BY id").all() as Array<{ id: number }>;
    return new Map(rows.map((r) => [r.id, JSON.stringify(r)]));
  } finally {
    db.close();
  }
}

function integrity(file: string): string {
  const db = new Database(file, { fileMustExist: true });
  try {
    return String(db.pragma("integrity_check", { simple: true }));
  } finally {
    db.close();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("SIGKILL while writing history", () => {
  it(
    `leaves a sound file with every committed run intact (${KILLS} kills)`,
    async () => {
      const file = join(tempDir("kill"), "history.db");
      let before = new Map<number, string>();
      const committed = new Set<number>();
      let corruptions = 0;
      for (let round = 0; round < KILLS; round++) {
        const writer = startWriter(file);
        // Some kills land during open, creation or migration; most in the middle of a run's transaction.
        if (round % 4 !== 0) await writer.ready;
        await sleep(Math.random() * (round % 4 === 0 ? 150 : 400));
        writer.process.kill("SIGKILL");
        await writer.exited;
        for (const id of writer.committed) committed.add(id);

        let check = "no file";
        try {
          statSync(file);
          check = integrity(file);
        } catch {
          if (committed.size > 0) throw new Error("the history file vanished");
          continue; // killed before the file was made
        }
        if (check !== "ok") corruptions += 1;
        expect(check, `round ${round}`).toBe("ok");
        // The next open (as the next scan does) rolls back a hot journal and accepts the file.
        HistoryStore.open(file, { create: true }).close();
        const after = runRows(file);
        for (const id of committed)
          expect(after.has(id), `committed run ${id} lost in round ${round}`).toBe(true);
        for (const [id, row] of before)
          expect(after.get(id), `run ${id} changed in round ${round}`).toBe(row);
        expect([...after.keys()]).toEqual([...after.keys()].map((_, i) => i + 1));
        before = after;
      }
      if (process.env["KILL_COUNT"])
        console.log(
          `kill test: ${KILLS} kills, ${committed.size} runs committed, ${corruptions} corruptions`,
        );
      expect(committed.size).toBeGreaterThan(0);
    },
    30_000 + KILLS * 2_000,
  );
});

describe("several writers at once", () => {
  it("serialise on the busy timeout: every run of every writer is written, the file stays sound", async () => {
    const file = join(tempDir("writers"), "history.db");
    const writers = [0, 1, 2].map((id) => startWriter(file, 4, id));
    const codes = await Promise.all(writers.map((w) => w.exited));
    expect(codes).toEqual([0, 0, 0]);
    expect(integrity(file)).toBe("ok");
    const ids = writers.flatMap((w) => w.committed).sort((a, b) => a - b);
    expect(ids).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(runRows(file).size).toBe(12);
  }, 30_000);
});

describe("files that cannot be used", () => {
  const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

  it("a file from a newer aiposture is refused with a clear message and not changed", () => {
    const file = join(tempDir("newer"), "h.db");
    HistoryStore.open(file, { create: true }).close();
    const db = new Database(file);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    const hash = sha(file);
    const mtime = statSync(file).mtimeMs;
    expect(() => HistoryStore.open(file, { create: true })).toThrow(InputError);
    expect(() => HistoryStore.open(file, { create: true })).toThrow(
      /schema version \d+ is newer than this aiposture supports .*not changed/,
    );
    expect(sha(file)).toBe(hash);
    expect(statSync(file).mtimeMs).toBe(mtime);
  });

  it("a damaged file is an input error at open, before any scan", async () => {
    const file = join(tempDir("damaged"), "h.db");
    const writer = startWriter(file, 3);
    expect(await writer.exited).toBe(0);
    const bytes = readFileSync(file);
    // Keep the header (page 1) so SQLite opens it; scribble over the pages that hold the rows.
    for (let at = 4096 + 100; at < bytes.length; at += 97) bytes[at] = 0xa5;
    writeFileSync(file, bytes);
    expect(() => HistoryStore.open(file, { create: true })).toThrow(InputError);
    expect(() => HistoryStore.open(file, { create: true })).toThrow(
      /h\.db: (history file is damaged|not a usable)/,
    );
  });
});
