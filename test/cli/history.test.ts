// `--history`, `--suppressions` and `aiposture history` as a user runs them: a real process and exit codes.
import { execFile } from "node:child_process";
import { statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../history/helpers.js";

const run = promisify(execFile);
const BIN = join(import.meta.dirname, "..", "..", "bin", "aiposture.js");

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === "number" ? e.code : -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

describe("aiposture demo --history and aiposture history", () => {
  const dir = tempDir("cli-history");
  const history = join(dir, "audit.db");
  let second: { code: number; stdout: string; stderr: string };

  beforeAll(async () => {
    const first = await cli("demo", "--history", history, "--format", "json");
    expect(first.code, first.stderr).toBe(0);
    second = await cli("demo", "--history", history);
  });

  it("creates a private history file and marks the second run's failures persisting", () => {
    expect(statSync(history).mode & 0o777).toBe(0o600);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^ {2}\[since \d{4}-\d{2}-\d{2}\] /m);
    expect(second.stdout).not.toContain("[NEW]");
    expect(second.stdout).toMatch(/history: run #2: 0 new, \d+ persisting, 0 resolved/);
    expect(Math.max(...second.stdout.split("\n").map((l) => l.length))).toBeLessThanOrEqual(80);
  });

  it("prints the runs as a table and as JSON, and filters by scope", async () => {
    const table = await cli("history", "--history", history);
    expect(table.code).toBe(0);
    // The key is shown whole (wrapped after spaces and commas when long), never cut.
    expect(table.stdout).toMatch(/^SCOPE providers=\S+ accounts=\S*aws:111122223333/m);
    expect(table.stdout).toMatch(/regions=\* checks=\*$/m);
    expect(table.stdout).toMatch(/^ {3}1 \d{4}-\d{2}-\d{2} \d{2}:\d{2} +\d+/m);
    expect(table.stdout).toMatch(/^ {3}2 /m);
    expect(Math.max(...table.stdout.split("\n").map((l) => l.length))).toBeLessThanOrEqual(80);

    const json = await cli("history", "--history", history, "--format", "json");
    const parsed = JSON.parse(json.stdout) as {
      scopes: Array<{ scope: string; runs: Array<{ openTotal: number }> }>;
    };
    expect(parsed.scopes).toHaveLength(1);
    const scope = parsed.scopes[0]?.scope as string;
    const unwrapped = table.stdout
      .split("\n")
      .filter((l) => l.startsWith("SCOPE ") || l.startsWith("      "))
      .map((l) => l.replace(/^(SCOPE)? +/, ""))
      .join("");
    expect(unwrapped.replace(/ /g, "")).toBe(scope.replace(/ /g, ""));
    expect(parsed.scopes[0]?.runs).toHaveLength(2);
    expect(parsed.scopes[0]?.runs[0]?.openTotal).toBeGreaterThan(0);

    expect((await cli("history", "--history", history, "--scope", scope, "--format", "json")).code).toBe(0);
    const unknownScope = await cli("history", "--history", history, "--scope", "nope");
    expect(unknownScope.code).toBe(2);
    expect(unknownScope.stderr).toContain(`no runs for --scope "nope"; scopes in the file:\n  ${scope}`);
  });

  it("exits 2 naming the file for a missing history or a malformed suppressions file", async () => {
    const missing = await cli("history", "--history", join(dir, "missing.db"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("missing.db: no such history file");

    const bad = join(dir, "suppressions.yaml");
    writeFileSync(
      bad,
      "suppressions:\n  - checkId: storage.public-read\n    resource: '*'\n    reason: r\n    owner: o\n    expires: soon\n",
    );
    const result = await cli("demo", "--suppressions", bad);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${bad}:6: suppressions[0].expires: expected an ISO date`);
  });
});
