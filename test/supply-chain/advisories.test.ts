import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findAdvisories, findingSeverity, UNRATED_AS } from "../../src/supply-chain/advisories.js";
import {
  packagedSnapshotPath,
  parseSnapshot,
  indexSnapshot,
} from "../../src/supply-chain/advisory-database.js";
import { advisorySeverity, cvssBaseScore } from "../../src/supply-chain/osv/severity.js";
import { judgeImage } from "../../src/supply-chain/judge.js";
import { database, osv } from "./osv-fixtures.js";

const packaged = indexSnapshot(
  parseSnapshot(readFileSync(packagedSnapshotPath(), "utf8"), "packaged"),
  "packaged",
  packagedSnapshotPath(),
);

describe("the packaged OSV snapshot", () => {
  it("validates, is dated, and every record has a unique id and a PyPI package it covers", () => {
    expect(packaged.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(packaged.records.length).toBeGreaterThan(100);
    const ids = packaged.records.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const record of packaged.records)
      expect(
        record.affected?.some((a) => a.package.ecosystem === "PyPI"),
        record.id,
      ).toBe(true);
  });

  it("holds the hand-checked GitHub records with their severities", () => {
    const torch = findAdvisories("torch", "2.5.1", packaged);
    expect(torch.status).toBe("judged");
    if (torch.status !== "judged") return;
    expect(torch.advisories[0]).toMatchObject({
      id: "GHSA-53q9-r3pm-6pq6",
      severity: "critical",
      fixedVersion: "2.6.0",
    });
    expect(torch.advisories[0]!.aliases).toContain("CVE-2025-32434");
  });

  it("folds a PYSEC and a GHSA record of the same CVE into one advisory with the rated severity", () => {
    const verdict = findAdvisories("torch", "1.12.1", packaged);
    if (verdict.status !== "judged") throw new Error(verdict.reason);
    const eval_ = verdict.advisories.filter((a) => [a.id, ...a.aliases].includes("CVE-2022-45907"));
    expect(eval_).toHaveLength(1);
    expect(eval_[0]).toMatchObject({
      id: "GHSA-47fc-vmwq-366v",
      severity: "critical",
      fixedVersion: "1.13.1",
    });
    expect(eval_[0]!.aliases).toContain("PYSEC-2022-43015");
  });

  it("rates every severity, low ones included (the finding follows the advisory)", () => {
    const verdict = findAdvisories("transformers", "4.37.0", packaged);
    if (verdict.status !== "judged") throw new Error(verdict.reason);
    const low = verdict.advisories.find((a) => a.id === "GHSA-37q5-v5qm-c9v8");
    expect(low).toMatchObject({ severity: "low", fixedVersion: "4.38.0" });
    expect(findingSeverity([low!])).toBe("low");
  });
});

describe("advisory severity as data", () => {
  it("prefers the source's label, then the worst CVSS base score, else unrated", () => {
    const labelled = osv("a", "torch", [], { database_specific: { severity: "MODERATE" } });
    expect(advisorySeverity(labelled).level).toBe("medium");
    const scored = osv("b", "torch", [], {
      severity: [
        { type: "CVSS_V3", score: "CVSS:3.1/AV:L/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N" },
        { type: "CVSS_V3", score: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H" },
      ],
    });
    expect(advisorySeverity(scored)).toEqual({ level: "critical", basis: "CVSS_V3 9.8" });
    expect(
      advisorySeverity(osv("c", "torch", [], { severity: [{ type: "CVSS_V3", score: "junk" }] })).level,
    ).toBe("unrated");
    expect(cvssBaseScore("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N")).toBe(9.3);
  });

  it("reports unrated advisories at the documented default, and the worst rated one otherwise", () => {
    expect(findingSeverity([{ severity: "unrated" }])).toBe(UNRATED_AS);
    expect(findingSeverity([{ severity: "unrated" }, { severity: "low" }, { severity: "medium" }])).toBe(
      "medium",
    );
  });
});

describe("findAdvisories", () => {
  const db = database(
    [
      osv("GHSA-aaaa", "vllm", [[{ introduced: "0.6.5" }, { fixed: "0.8.5" }]], {
        database_specific: { severity: "CRITICAL" },
      }),
    ],
    ["vllm", "safetensors"],
  );

  it("judges a covered package: affected, clear, and clear with no records at all", () => {
    expect(findAdvisories("vllm", "0.7.0", db)).toMatchObject({
      status: "judged",
      advisories: [{ id: "GHSA-aaaa" }],
    });
    expect(findAdvisories("vllm", "0.8.5", db)).toMatchObject({ status: "judged", advisories: [] });
    expect(findAdvisories("safetensors", "0.4.0", db)).toMatchObject({ status: "judged", advisories: [] });
  });

  it("is unknown for a package the snapshot does not cover, and for a version that is not PEP 440", () => {
    expect(findAdvisories("ray", "2.9.0", db)).toMatchObject({
      status: "unknown",
      reason: expect.stringMatching(/does not cover ray/),
    });
    expect(findAdvisories("vllm", "latest", db)).toMatchObject({
      status: "unknown",
      reason: expect.stringMatching(/PEP 440/),
    });
  });
});

describe("judgeImage", () => {
  const DLC = "763104351884.dkr.ecr.us-east-1.amazonaws.com";

  it("names each advisory of each component, worst first, and takes the worst severity", () => {
    const verdict = judgeImage(`${DLC}/pytorch-inference:1.12.1-cpu-py38-ubuntu20.04-sagemaker`, packaged);
    expect(verdict.status).toBe("vulnerable");
    if (verdict.status !== "vulnerable") return;
    const ids = verdict.matches.map((m) => m.advisory.id);
    expect(ids).toContain("GHSA-53q9-r3pm-6pq6");
    expect(ids).toContain("GHSA-47fc-vmwq-366v");
    expect(verdict.severity).toBe("critical");
  });

  it("judges only against the snapshot it is given (a new record changes the verdict)", () => {
    const image = `${DLC}/pytorch-inference:2.11.0-cpu-py312-ubuntu22.04-sagemaker`;
    const empty = database([], ["torch"]);
    expect(judgeImage(image, empty)).toMatchObject({ status: "clear", reviewed: "2026-12-01" });
    const later = database(
      [osv("GHSA-later", "torch", [[{ introduced: "2.0.0" }, { fixed: "2.99.0" }]])],
      ["torch"],
    );
    expect(judgeImage(image, later)).toMatchObject({ status: "vulnerable", severity: UNRATED_AS });
  });

  it("stays unknown when a component is outside the snapshot, even if another is clear", () => {
    const image = `${DLC}/huggingface-pytorch-tgi-inference:2.3.0-tgi2.2.0-gpu-py310-cu121-ubuntu22.04`;
    const verdict = judgeImage(image, database([], ["torch"]));
    expect(verdict).toMatchObject({ status: "unknown", reason: expect.stringMatching(/does not cover tgi/) });
  });
});
