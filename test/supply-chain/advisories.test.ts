import { describe, expect, it } from "vitest";
import { ADVISORIES, REVIEWED, TRACKED_FRAMEWORKS } from "../../src/supply-chain/advisories.js";
import { judgeImage } from "../../src/supply-chain/judge.js";
import { compareVersions, inRange, parseVersion } from "../../src/supply-chain/versions.js";

describe("advisory table", () => {
  it("has a reviewed date and a source, severity source and parseable ranges for every entry", () => {
    expect(REVIEWED).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Date.parse(REVIEWED)).not.toBeNaN();
    const ids = new Set<string>();
    for (const advisory of ADVISORIES) {
      expect(ids.has(advisory.id), advisory.id).toBe(false);
      ids.add(advisory.id);
      expect(advisory.id).toMatch(/^CVE-\d{4}-\d+$/);
      expect(advisory.source).toMatch(
        /^https:\/\/(github\.com\/advisories\/GHSA-|nvd\.nist\.gov\/vuln\/detail\/CVE-)/,
      );
      expect(advisory.severitySource.length).toBeGreaterThan(5);
      expect(TRACKED_FRAMEWORKS).toContain(advisory.framework);
      expect(advisory.affected.length).toBeGreaterThan(0);
      for (const range of advisory.affected) {
        expect(parseVersion(range.introduced), range.introduced).toBeDefined();
        expect(parseVersion(range.fixed), range.fixed).toBeDefined();
      }
      // The fixed version itself is outside every range, and is the highest fix.
      const fixed = parseVersion(advisory.fixedVersion)!;
      expect(advisory.affected.some((r) => inRange(fixed, r.introduced, r.fixed))).toBe(false);
      for (const range of advisory.affected)
        expect(compareVersions(parseVersion(range.fixed)!, fixed)).toBeLessThanOrEqual(0);
    }
  });

  it("has the torch.load weights_only advisory the brief names", () => {
    expect(ADVISORIES.find((a) => a.id === "CVE-2025-32434")).toMatchObject({
      framework: "pytorch",
      fixedVersion: "2.6.0",
      source: "https://github.com/advisories/GHSA-53q9-r3pm-6pq6",
    });
  });
});

describe("versions", () => {
  it("compares dotted versions numerically, missing parts as zero", () => {
    expect(compareVersions(parseVersion("1.13.1")!, parseVersion("1.9.0")!)).toBeGreaterThan(0);
    expect(compareVersions(parseVersion("2.6")!, parseVersion("2.6.0")!)).toBe(0);
    expect(parseVersion("2.6.0rc1")).toBeUndefined();
  });

  it("treats the fixed version as outside and the one before as inside", () => {
    expect(inRange(parseVersion("2.5.1")!, "0", "2.6.0")).toBe(true);
    expect(inRange(parseVersion("2.6.0")!, "0", "2.6.0")).toBe(false);
    expect(inRange(parseVersion("2.4.2")!, "2.5.0", "2.5.1")).toBe(false);
  });
});

describe("judgeImage", () => {
  const DLC = "763104351884.dkr.ecr.us-east-1.amazonaws.com";

  it("names each matching advisory once per component", () => {
    const verdict = judgeImage(`${DLC}/pytorch-inference:1.12.1-cpu-py38-ubuntu20.04-sagemaker`);
    expect(verdict.status).toBe("vulnerable");
    if (verdict.status === "vulnerable")
      expect(verdict.matches.map((m) => m.advisory.id).sort()).toEqual(["CVE-2022-45907", "CVE-2025-32434"]);
  });

  it("judges only against the table it is given (a new entry changes the verdict)", () => {
    const image = `${DLC}/pytorch-inference:2.6.0-cpu-py312-ubuntu22.04-sagemaker`;
    expect(judgeImage(image).status).toBe("clear");
    const later = {
      ...ADVISORIES[0]!,
      id: "CVE-2099-0001",
      affected: [{ introduced: "2.0.0", fixed: "2.99.0" }],
      fixedVersion: "2.99.0",
    };
    expect(judgeImage(image, [later]).status).toBe("vulnerable");
  });
});
