// The resolution rules, on plain reports: only a pass, or absence from a gap-free account, resolves.
import { describe, expect, it } from "vitest";
import { classifyRun, type FindingRow } from "../../src/history/index.js";
import { finding, gap, report } from "./fixtures.js";

const T1 = "2025-05-01T09:00:00.000Z";
const T2 = "2025-05-02T09:00:00.000Z";
const CHECKS = new Set(["storage.public-read", "storage.tls-only"]);

/** The rows a first run leaves behind. */
function afterFirstRun(...findings: ReturnType<typeof finding>[]): Map<string, FindingRow> {
  const first = classifyRun({
    rows: new Map(),
    report: report(T1, findings),
    checkIds: CHECKS,
    catalogue: CHECKS,
    at: T1,
  });
  return new Map(first.rows.map((r) => [r.fingerprint, r]));
}

describe("classifyRun", () => {
  const read = finding("storage.public-read", "data", "fail", "critical");
  const tls = finding("storage.tls-only", "data", "fail", "medium");

  it("tracks only failures", () => {
    const rows = afterFirstRun(read, finding("storage.tls-only", "data", "pass"));
    expect([...rows.values()].map((r) => r.checkId)).toEqual(["storage.public-read"]);
  });

  it("resolves a failure that now passes, even when the account had gaps elsewhere", () => {
    const rows = afterFirstRun(read);
    const out = classifyRun({
      rows,
      report: report(T2, [finding("storage.public-read", "data", "pass")], { errors: [gap()] }),
      checkIds: CHECKS,
      catalogue: CHECKS,
      at: T2,
    });
    expect(out.resolved).toMatchObject([{ checkId: "storage.public-read", how: "passed", resolvedAt: T2 }]);
    expect(out.resolutions).toMatchObject([{ openedAt: T1, resolvedAt: T2, severity: "critical" }]);
    expect(out.openBySeverity.critical).toBe(0);
  });

  it("resolves an absent failure only when its account was read without errors", () => {
    const rows = afterFirstRun(read, tls);
    const clean = classifyRun({ rows, report: report(T2, []), checkIds: CHECKS, catalogue: CHECKS, at: T2 });
    expect(clean.resolved.map((r) => r.how)).toEqual(["gone", "gone"]);

    // An error in another region of the same account still blocks: ListBuckets answers for every region.
    const gappy = classifyRun({
      rows,
      report: report(T2, [], { errors: [gap()] }),
      checkIds: CHECKS,
      catalogue: CHECKS,
      at: T2,
    });
    expect(gappy.resolved).toEqual([]);
    expect(gappy.unverified.map((u) => u.reason)).toEqual(["coverage-gap", "coverage-gap"]);
    expect(gappy.openBySeverity).toMatchObject({ critical: 1, medium: 1 });

    // A provider that failed outright reports account "unknown": nothing of that provider resolves.
    const failed = classifyRun({
      rows,
      report: report(T2, [], { errors: [gap("unknown")] }),
      checkIds: CHECKS,
      catalogue: CHECKS,
      at: T2,
    });
    expect(failed.resolved).toEqual([]);

    // An error in another account does not block this one.
    const other = classifyRun({
      rows,
      report: report(T2, [], { errors: [gap("999999999999")] }),
      checkIds: CHECKS,
      catalogue: CHECKS,
      at: T2,
    });
    expect(other.resolved).toHaveLength(2);
  });

  it("does not resolve an absent failure whose account this run did not read", () => {
    const rows = afterFirstRun(read);
    const out = classifyRun({
      rows,
      report: report(T2, [], { accounts: ["444455556666"] }),
      checkIds: CHECKS,
      catalogue: CHECKS,
      at: T2,
    });
    expect(out.unverified).toMatchObject([{ reason: "coverage-gap" }]);
  });

  it("does not resolve failures of a check the run did not evaluate", () => {
    const rows = afterFirstRun(read, tls);
    const out = classifyRun({
      rows,
      report: report(T2, [read]),
      checkIds: new Set(["storage.public-read"]),
      catalogue: CHECKS,
      at: T2,
    });
    expect(out.unverified).toMatchObject([{ checkId: "storage.tls-only", reason: "check-not-run" }]);
    expect(out.states.get(read.id)).toEqual({ state: "persisting", firstSeen: T1, lastSeen: T2 });
  });

  it("resolves an absent native finding (not a catalogue check) by the gap rule", () => {
    const native = finding("native.guardduty:Recon:S3/Probe", "data", "fail", "high");
    const rows = afterFirstRun(read, native);
    const clean = classifyRun({
      rows,
      report: report(T2, [read]),
      checkIds: CHECKS,
      catalogue: CHECKS,
      at: T2,
    });
    expect(clean.resolved).toMatchObject([{ checkId: native.checkId, how: "gone" }]);
    expect(rows.get(native.id)?.catalogued).toBe(false);
    const gappy = classifyRun({
      rows,
      report: report(T2, [read], { errors: [gap()] }),
      checkIds: CHECKS,
      catalogue: CHECKS,
      at: T2,
    });
    expect(gappy.unverified).toMatchObject([{ checkId: native.checkId, reason: "coverage-gap" }]);
  });

  it("keeps an unknown failure open, with its last failing time", () => {
    const rows = afterFirstRun(read);
    const unknownNow = finding("storage.public-read", "data", "unknown");
    const out = classifyRun({
      rows,
      report: report(T2, [unknownNow]),
      checkIds: CHECKS,
      catalogue: CHECKS,
      at: T2,
    });
    expect(out.resolved).toEqual([]);
    expect(out.states.get(read.id)).toEqual({ state: "unverified", firstSeen: T1, lastSeen: T1 });
    expect(out.rows[0]).toMatchObject({ resolvedAt: null, lastStatus: "unknown", lastSeen: T1 });
    expect(out.counts).toEqual({ new: 0, persisting: 0, resolved: 0, unverified: 1 });
  });

  it("counts suppressed failures as open but not in the trend", () => {
    const suppressed = { ...read, suppressed: { reason: "r", owner: "o", expires: "2099-01-01", line: 2 } };
    const out = classifyRun({
      rows: new Map(),
      report: report(T1, [suppressed, tls]),
      checkIds: CHECKS,
      catalogue: CHECKS,
      at: T1,
    });
    expect(out.rows.find((r) => r.checkId === "storage.public-read")?.suppressed).toBe(true);
    expect(out.openBySeverity).toMatchObject({ critical: 0, medium: 1 });
  });
});
