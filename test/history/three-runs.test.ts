// History across runs of the demo estate in the emulator: new → persisting → resolved, and back again.
import { statSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runHistory } from "../../cli/commands/history.js";
import type { ScopeTrend } from "../../src/history/index.js";
import {
  day,
  demoEstate,
  keys,
  scanAt,
  tempDir,
  withArtifactsFixed,
  withoutBucket,
  type ScanResult,
} from "./helpers.js";

describe("scan --history over three runs", () => {
  const file = join(tempDir("history"), "audit.db");
  let first: ScanResult;
  let second: ScanResult;
  let third: ScanResult;
  let fourth: ScanResult;

  beforeAll(async () => {
    first = await scanAt(day(1), demoEstate(), { history: file });
    second = await scanAt(day(2), demoEstate(), { history: file });
    third = await scanAt(
      day(5),
      withoutBucket(withArtifactsFixed(demoEstate()), "ai-legacy-corpus-unencrypted"),
      { history: file },
    );
    fourth = await scanAt(day(6), demoEstate(), { history: file });
  });

  it("reads the estates fully (resolution by absence needs a gap-free account)", () => {
    for (const run of [first, second, third, fourth]) expect(run.report.errors).toEqual([]);
  });

  it("creates the history file readable by its owner only", () => {
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it("marks every failure of the first run new", () => {
    const fails = first.report.findings.filter((f) => f.status === "fail");
    expect(fails.length).toBeGreaterThan(10);
    for (const f of fails)
      expect(f.history).toEqual({
        state: "new",
        firstSeen: day(1).toISOString(),
        lastSeen: day(1).toISOString(),
      });
    expect(first.report.findings.filter((f) => f.status === "pass").every((f) => !f.history)).toBe(true);
    expect(first.report.history).toMatchObject({
      runId: 1,
      counts: { new: fails.length, persisting: 0, resolved: 0 },
    });
    expect(first.report.history?.previousRun).toBeUndefined();
    expect(first.report.resolved).toEqual([]);
  });

  it("marks the same failures persisting on the second run, keeping first seen", () => {
    const fails = second.report.findings.filter((f) => f.status === "fail");
    for (const f of fails) {
      expect(f.history?.state).toBe("persisting");
      expect(f.history?.firstSeen).toBe(day(1).toISOString());
      expect(f.history?.lastSeen).toBe(day(2).toISOString());
    }
    expect(second.report.history).toMatchObject({
      runId: 2,
      previousRun: { id: 1, startedAt: day(1).toISOString() },
      counts: { new: 0, persisting: fails.length, resolved: 0, unverified: 0 },
    });
    // The JSON printed is the annotated report.
    expect(JSON.parse(second.stdout)).toMatchObject({ history: { runId: 2 } });
  });

  it("lists what the third run saw fixed (passes) or gone (bucket deleted, account fully read)", () => {
    const resolved = third.report.resolved ?? [];
    const passed = resolved.filter((r) => r.how === "passed");
    const gone = resolved.filter((r) => r.how === "gone");
    // The graph check on the endpoint serving a model from that bucket is resolved with it.
    expect(keys(passed)).toEqual([
      "graph.model-artifacts-publicly-writable clinical-summarizer-prod",
      "storage.public-read ai-model-artifacts-prod",
      "storage.public-write ai-model-artifacts-prod",
    ]);
    expect(keys(gone)).toEqual([
      "storage.customer-managed-key ai-legacy-corpus-unencrypted",
      "storage.encryption-at-rest ai-legacy-corpus-unencrypted",
      "storage.tls-only ai-legacy-corpus-unencrypted",
    ]);
    for (const r of resolved) {
      expect(r.firstSeen).toBe(day(1).toISOString());
      expect(r.lastSeen).toBe(day(2).toISOString());
      expect(r.resolvedAt).toBe(day(5).toISOString());
    }
    expect(third.report.unverified).toEqual([]);
    expect(third.report.history?.counts.resolved).toBe(6);
    const stillFailing = third.report.findings.filter((f) => f.status === "fail");
    expect(stillFailing.every((f) => f.history?.state === "persisting")).toBe(true);
  });

  it("calls a fixed failure that comes back new, remembering the fix", () => {
    const back = fourth.report.findings.find(
      (f) => f.checkId === "storage.public-write" && f.resource.name === "ai-model-artifacts-prod",
    );
    expect(back?.history).toEqual({
      state: "new",
      firstSeen: day(6).toISOString(),
      lastSeen: day(6).toISOString(),
      previouslyResolvedAt: day(5).toISOString(),
    });
    expect(fourth.report.history?.counts.new).toBe(6);
  });

  it("shows the runs, open failures by severity and mean time to resolve", () => {
    let out = "";
    const io = { stdout: (t: string) => void (out += t), stderr: () => undefined, progress: false };
    runHistory({ history: file, format: "json" }, io);
    const { scopes } = JSON.parse(out) as { scopes: ScopeTrend[] };
    expect(scopes).toHaveLength(1);
    const trend = scopes[0] as ScopeTrend;
    expect(trend.runs.map((r) => r.id)).toEqual([1, 2, 3, 4]);
    const fails = first.report.findings.filter((f) => f.status === "fail").length;
    expect(trend.runs.map((r) => r.openTotal)).toEqual([fails, fails, fails - 6, fails]);
    expect(trend.runs[2]).toMatchObject({ resolved: 6, new: 0 });
    // public-write on the artifacts bucket, and the poisoning chain through it, were the critical ones fixed.
    expect(trend.runs[2]?.open.critical).toBe((trend.runs[0]?.open.critical ?? 0) - 2);
    // Every resolution took four days (day 1 → day 5).
    expect(trend.meanTimeToResolve.overall).toEqual({ resolved: 6, meanSeconds: 4 * 86_400, mean: "4d 0h" });
    expect(trend.meanTimeToResolve.bySeverity.critical?.resolved).toBe(2);
    expect(trend.meanTimeToResolve.bySeverity.info).toBeNull();

    out = "";
    runHistory({ history: file, format: "table" }, io);
    const lines = out.trimEnd().split("\n");
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(80);
    expect(out).toContain("SCOPE providers=aws accounts=aws:111122223333 regions=* checks=*");
    expect(out).toMatch(/^ {3}3 2025-05-05 09:00 +\d+/m);
    expect(out).toContain("mean time to resolve: 4d 0h over 6 resolved");
  });
});
