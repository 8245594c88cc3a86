// Start-up: describing the commands (--help) and listing the checks load no cloud SDK, no provider collector and
// no emulator; each command imports its implementation when it runs. Asserted from the modules the process
// actually loaded (a trace of imports and requires), not from timings.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const BIN = join(ROOT, "bin", "aiposture.js");
const TRACE = join(ROOT, "test", "support", "trace-imports", "register.mjs");
const dir = mkdtempSync(join(tmpdir(), "aiposture-start-"));

/** Runs the CLI and returns its exit code and every module it loaded. */
function loadedBy(args: string[], name: string): Promise<{ code: number; modules: string[] }> {
  const file = join(dir, `${name}.txt`);
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", TRACE, BIN, ...args],
      { env: { ...process.env, TRACE_IMPORTS_FILE: file } },
      (error) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        resolve({ code, modules: readFileSync(file, "utf8").split("\n").filter(Boolean) });
      },
    );
  });
}

const CLOUD_SDK = /node_modules\/(@aws-sdk|@azure|@azure-rest|@smithy)\//;
const EMULATOR = /\/(mocks|emulator)\/|\/mocks\/index/;
const COLLECTOR = /\/providers\/(aws|azure)\/(.+\/)?(collect|clients|reader)[\w-]*\.[jt]s/;

describe.concurrent("fast start", () => {
  it("--help loads no cloud SDK, no collector, no emulator, and neither zod nor yaml", async () => {
    const { code, modules } = await loadedBy(["--help"], "help");
    expect(code).toBe(0);
    expect(modules.some((m) => m.includes("/cli/program/"))).toBe(true); // the trace sees our own modules
    expect(modules.filter((m) => CLOUD_SDK.test(m))).toEqual([]);
    expect(modules.filter((m) => EMULATOR.test(m))).toEqual([]);
    expect(modules.filter((m) => COLLECTOR.test(m))).toEqual([]);
    expect(modules.filter((m) => /node_modules\/(zod|yaml|better-sqlite3)\//.test(m))).toEqual([]);
  });

  it("a command's --help loads no more than the program's description", async () => {
    const { code, modules } = await loadedBy(["scan", "--help"], "scan-help");
    expect(code).toBe(0);
    expect(modules.filter((m) => CLOUD_SDK.test(m) || EMULATOR.test(m) || COLLECTOR.test(m))).toEqual([]);
  });

  it("checks lists the catalogue without loading a cloud SDK or the emulator", async () => {
    const { code, modules } = await loadedBy(["checks", "--format", "json"], "checks");
    expect(code).toBe(0);
    expect(modules.some((m) => /\/checks\/storage\/public-read\.[jt]s/.test(m))).toBe(true);
    expect(modules.filter((m) => CLOUD_SDK.test(m) || EMULATOR.test(m) || COLLECTOR.test(m))).toEqual([]);
  });

  it("the trace does see an SDK when a command needs one (permissions derives from the providers)", async () => {
    const { code, modules } = await loadedBy(["permissions"], "permissions");
    expect(code).toBe(0);
    expect(modules.some((m) => CLOUD_SDK.test(m))).toBe(true);
  });
});
