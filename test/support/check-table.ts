// A typescript-eslint style rule tester: each check's test is a table of valid, invalid and unknown assets.
import { describe, expect, it } from "vitest";
import type { Asset } from "../../src/model/asset.js";
import type { AnyCheck } from "../../src/model/check.js";
import { evaluateAssets } from "../../src/engine/evaluate.js";
import { AssetGraph } from "../../src/model/graph.js";
import type { Severity } from "../../src/model/severity.js";

export interface CheckTable {
  valid: Array<{ name: string; asset: Asset; neighbours?: Asset[] }>;
  invalid: Array<{ name: string; asset: Asset; neighbours?: Asset[]; message: RegExp; severity?: Severity }>;
  unknown: Array<{ name: string; asset: Asset; neighbours?: Asset[]; message?: RegExp }>;
}

export function checkTable(check: AnyCheck, table: CheckTable): void {
  describe(check.id, () => {
    it("has complete metadata", () => {
      expect(check.title.length).toBeGreaterThan(10);
      expect(check.remediation.text.length).toBeGreaterThan(20);
      for (const framework of ["nist-800-53-r5", "hipaa", "gdpr", "soc2"] as const) {
        expect(check.compliance[framework]?.length, framework).toBeGreaterThan(0);
      }
      expect(table.valid.length).toBeGreaterThan(0);
      expect(table.invalid.length).toBeGreaterThan(0);
      expect(table.unknown.length).toBeGreaterThan(0);
    });

    const graphFor = (asset: Asset, neighbours: Asset[] = []) => new AssetGraph([asset, ...neighbours]);

    for (const row of table.valid) {
      it(`passes: ${row.name}`, () => {
        const outcome = check.evaluate(row.asset, graphFor(row.asset, row.neighbours));
        expect(outcome.status, outcome.message).toBe("pass");
      });
    }
    for (const row of table.invalid) {
      it(`fails: ${row.name}`, () => {
        const outcome = check.evaluate(row.asset, graphFor(row.asset, row.neighbours));
        expect(outcome.status).toBe("fail");
        expect(outcome.message).toMatch(row.message);
        if (row.severity) {
          const [finding] = evaluateAssets([row.asset, ...(row.neighbours ?? [])], [check]).filter(
            (f) => f.resource.id === row.asset.id,
          );
          expect(finding?.severity).toBe(row.severity);
        }
      });
    }
    for (const row of table.unknown) {
      it(`is unknown: ${row.name}`, () => {
        const outcome = check.evaluate(row.asset, graphFor(row.asset, row.neighbours));
        expect(outcome.status).toBe("unknown");
        if (row.message) expect(outcome.message).toMatch(row.message);
      });
    }
  });
}
