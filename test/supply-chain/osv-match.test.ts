import { describe, expect, it } from "vitest";
import { affects, normalizePackageName } from "../../src/supply-chain/osv/match.js";
import { osv } from "./osv-fixtures.js";

describe("OSV ECOSYSTEM ranges with PEP 440 ordering", () => {
  const backported = osv("GHSA-test-back", "tensorflow", [
    [{ introduced: "0" }, { fixed: "2.9.3" }],
    [{ introduced: "2.10.0" }, { fixed: "2.10.1" }],
    [{ introduced: "2.11.0rc0" }, { fixed: "2.11.0" }],
  ]);
  const table: Array<[string, boolean, string?]> = [
    ["2.9.2", true, "2.9.3"],
    ["2.9.3", false],
    ["2.9.3.post1", false],
    ["2.10.0", true, "2.10.1"],
    ["2.10.1", false],
    ["2.11.0rc1", true, "2.11.0"],
    ["2.11.0", false],
    ["1.15", true, "2.9.3"],
    ["2.9.2+cu118", true, "2.9.3"],
  ];
  it.each(table)("tensorflow %s affected: %s (fix %s)", (version, affected, fixed) => {
    const verdict = affects(backported, "tensorflow", version);
    expect(verdict.affected).toBe(affected);
    if (verdict.affected === true) expect(verdict.fixed).toBe(fixed);
  });

  it("treats last_affected as inclusive and limit as exclusive", () => {
    const record = osv("PYSEC-test-last", "transformers", [
      [{ introduced: "4.0.0" }, { last_affected: "4.5.1" }],
    ]);
    expect(affects(record, "transformers", "4.5.1").affected).toBe(true);
    expect(affects(record, "transformers", "4.5.2").affected).toBe(false);
    expect(affects(record, "transformers", "3.9.0").affected).toBe(false);
    const limited = osv("x", "torch", [[{ introduced: "0" }, { limit: "2.0.0" }]]);
    expect(affects(limited, "torch", "1.9.0").affected).toBe(true);
    expect(affects(limited, "torch", "2.0.0").affected).toBe(false);
  });

  it("matches an explicitly listed version and other spellings of the package name", () => {
    const listed: ReturnType<typeof osv> = {
      ...osv("x", "Scikit_Learn", []),
      affected: [{ package: { ecosystem: "PyPI", name: "Scikit_Learn" }, versions: ["0.24.1"] }],
    };
    expect(affects(listed, "scikit-learn", "0.24.1.0").affected).toBe(true);
    expect(affects(listed, "scikit-learn", "0.24.2").affected).toBe(false);
    expect(normalizePackageName("LLaMA_index.Core")).toBe("llama-index-core");
  });

  it("ignores other ecosystems and other packages", () => {
    const npm = { ...osv("x", "torch", [[{ introduced: "0" }]]) };
    npm.affected![0]!.package.ecosystem = "npm";
    expect(affects(npm, "torch", "1.0.0").affected).toBe(false);
    expect(affects(osv("x", "torchvision", [[{ introduced: "0" }]]), "torch", "1.0.0").affected).toBe(false);
  });

  it("says a range it cannot order is unknown instead of guessing", () => {
    const odd = osv("x", "torch", [[{ introduced: "0" }, { fixed: "trunk/89695" }]]);
    expect(affects(odd, "torch", "1.0.0")).toMatchObject({ affected: "unknown" });
  });
});
