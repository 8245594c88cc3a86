// `aiposture advisories` as a user runs it: a real process, its own data directory, real exit codes.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { osv } from "./osv-fixtures.js";

const run = promisify(execFile);
const BIN = join(import.meta.dirname, "..", "..", "bin", "aiposture.js");

async function cli(dataDir: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      env: { ...process.env, AIPOSTURE_DATA_DIR: dataDir },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

describe("aiposture advisories", () => {
  it("imports an export, then refuses a malformed one with exit 2 and keeps the import", async () => {
    const work = mkdtempSync(join(tmpdir(), "aiposture-adv-cli-"));
    const data = join(work, "data");

    const exportDir = join(work, "export");
    mkdirSync(exportDir);
    const record = osv("GHSA-cli-0001", "torch", [[{ introduced: "0" }, { fixed: "9.0.0" }]], {
      modified: new Date().toISOString(),
    });
    writeFileSync(join(exportDir, "GHSA-cli-0001.json"), JSON.stringify(record));
    const update = await cli(data, "advisories", "update", "--from", exportDir);
    expect(update).toMatchObject({ code: 0 });
    expect(update.stdout).toMatch(/Imported 1 advisories .* into .*osv-pypi-ai\.json/);
    const imported = readFileSync(join(data, "advisories", "osv-pypi-ai.json"), "utf8");

    writeFileSync(join(exportDir, "bad.json"), JSON.stringify({ id: "bad" }));
    const refused = await cli(data, "advisories", "update", "--from", exportDir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /nothing imported, the current snapshot is kept:\n {2}bad\.json: modified: /,
    );
    expect(readFileSync(join(data, "advisories", "osv-pypi-ai.json"), "utf8")).toBe(imported);
  }, 60_000);
});
