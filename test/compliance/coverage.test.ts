// docs/coverage.md against the benchmark files: fresh, every control accounted for, every check id real.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { benchmarkCoverage, benchmarkFrameworks, coverageMarkdown } from "../../src/compliance/coverage.js";
import { defineFramework } from "../../src/compliance/framework.js";
import { CHECKS } from "../../wiring/registry.js";

const BENCHMARKS = benchmarkFrameworks();
const ids = new Set(CHECKS.map((check) => check.id));

describe("benchmark coverage", () => {
  it("docs/coverage.md is what `npm run docs` writes from the benchmark files", () => {
    const onDisk = readFileSync(new URL("../../docs/coverage.md", import.meta.url), "utf8");
    expect(onDisk, "docs/coverage.md is stale: run npm run docs").toBe(coverageMarkdown(CHECKS));
  });

  it("lists the cloud benchmarks", () => {
    expect(BENCHMARKS.map((b) => b.id)).toEqual(
      expect.arrayContaining([
        "aws-securityhub-ai-standard",
        "aws-securityhub-opensearch",
        "mcsb-v2-ai",
        "azure-policy-ai-services",
        "azure-policy-cognitive-services",
        "azure-policy-machine-learning",
        "azure-policy-ai-search",
      ]),
    );
  });

  it.each(BENCHMARKS.map((b) => [b.id, b] as const))(
    "%s: every mapped check id exists, and every control is covered or explains why not",
    (_, framework) => {
      for (const control of framework.controls) {
        for (const mapping of control.mappings ?? [])
          for (const id of mapping.checks) expect(ids.has(id), `${control.id} names ${id}`).toBe(true);
        expect(Boolean(control.mappings?.length) !== Boolean(control.gap), control.id).toBe(true);
      }
    },
  );

  it("a benchmark control with neither checks nor a reason is refused, naming the control", () => {
    expect(() =>
      defineFramework({
        id: "b",
        name: "B",
        version: "1",
        url: "https://example.com/",
        benchmark: { source: "example" },
        controls: [{ id: "X.1", title: "t" }],
      }),
    ).toThrow(/control X\.1 maps no check and gives no gap/);
  });

  it("counts: a mapped control whose check is gone is not covered; not-applicable leaves the denominator", () => {
    const framework = defineFramework({
      id: "b",
      name: "B",
      version: "1",
      url: "https://example.com/",
      benchmark: { source: "example" },
      controls: [
        { id: "X.1", title: "a", mappings: [{ checks: ["storage.public-read"], source: "s" }] },
        { id: "X.2", title: "b", mappings: [{ checks: ["storage.public-read"], source: "s" }] },
        { id: "X.3", title: "c", gap: { status: "not-applicable", reason: "r" } },
        { id: "X.4", title: "d", gap: { status: "not-covered", reason: "r" } },
      ],
    });
    const catalogue = [{ id: "storage.public-read", compliance: {} }];
    expect(benchmarkCoverage(framework, catalogue)).toMatchObject({
      total: 4,
      covered: 2,
      notApplicable: 1,
      notCovered: 1,
    });
    expect(benchmarkCoverage(framework, [])).toMatchObject({ covered: 0, notCovered: 3 });
    expect(coverageMarkdown(catalogue, [framework])).toContain("| [B](#b) | 2 / 3 (67 %) | 1 | 1 | 4 |");
  });

  it("a related control (outside the benchmark) is listed apart and left out of the counts", () => {
    const framework = defineFramework({
      id: "b",
      name: "B",
      version: "1",
      url: "https://example.com/",
      benchmark: { source: "example" },
      controls: [
        { id: "X.1", title: "a", gap: { status: "not-covered", reason: "r" } },
        {
          id: "Y.1",
          title: "b",
          related: true,
          mappings: [{ checks: ["storage.public-read"], source: "s" }],
        },
      ],
    });
    const catalogue = [{ id: "storage.public-read", compliance: {} }];
    expect(benchmarkCoverage(framework, catalogue)).toMatchObject({ total: 1, covered: 0, notCovered: 1 });
    const page = coverageMarkdown(catalogue, [framework]);
    expect(page).toContain("| [B](#b) | 0 / 1 (0 %) | 0 | 1 | 1 |");
    expect(page.indexOf("| Y.1 | b | covered |")).toBeGreaterThan(page.indexOf("Related controls outside"));
  });
});
