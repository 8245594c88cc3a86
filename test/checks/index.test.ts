// The check catalogue is generated, and every check has its table: adding a check is one file plus one table.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkFiles, checksIndexSource } from "../../scripts/checks-index-source.js";
import { ALL_CHECKS } from "../../checks/index.js";

const files = checkFiles();

describe("the check catalogue", () => {
  it("checks/index.ts is in step with the check files (run: npm run checks:index)", () => {
    const onDisk = readFileSync(new URL("../../checks/index.ts", import.meta.url), "utf8");
    expect(onDisk).toBe(checksIndexSource(files));
  });

  it("lists every check once, with unique ids", () => {
    expect(ALL_CHECKS).toHaveLength(files.length);
    expect(new Set(ALL_CHECKS.map((c) => c.id)).size).toBe(ALL_CHECKS.length);
  });

  it.each(files)("%s has its table in test/checks/ (same path, .test.ts) that tests it", (file) => {
    const table = new URL(`./${file.replace(/\.ts$/, ".test.ts")}`, import.meta.url);
    expect(existsSync(table), table.pathname).toBe(true);
    const text = readFileSync(table, "utf8");
    expect(text).toContain(`checks/${file.replace(/\.ts$/, ".js")}"`);
    expect(text).toMatch(/\bcheckTable\(/);
  });
});
