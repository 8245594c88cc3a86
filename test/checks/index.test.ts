// The check catalogue is generated, and every check has its table: adding a check is one file plus one table.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkFiles, checksIndexSource } from "../../scripts/checks-index-source.js";
import { ALL_CHECKS } from "../../checks/index.js";
import { evaluateAssets } from "../../src/engine/evaluate.js";
import { storageAsset } from "../support/assets.js";
import { azureStorageAsset } from "../support/azure-assets.js";

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

  it("gives the same findings, in the same order, whatever the order of the catalogue", () => {
    const assets = [storageAsset(), azureStorageAsset()];
    const findings = evaluateAssets(assets, ALL_CHECKS);
    expect(findings.length).toBeGreaterThan(10);
    expect(evaluateAssets(assets, [...ALL_CHECKS].reverse())).toEqual(findings);
  });

  it.each(files)("%s has its table in test/checks/ (same path, .test.ts) that tests it", (file) => {
    const table = new URL(`./${file.replace(/\.ts$/, ".test.ts")}`, import.meta.url);
    expect(existsSync(table), table.pathname).toBe(true);
    const text = readFileSync(table, "utf8");
    expect(text).toContain(`checks/${file.replace(/\.ts$/, ".js")}"`);
    expect(text).toMatch(/\bcheckTable\(/);
  });
});
