import { describe, expect, it } from "vitest";
import {
  buildTrend,
  humanDuration,
  renderHistoryTable,
  type ResolutionRow,
  type RunRow,
} from "../../src/history/index.js";

const open = (critical: number, high: number) => ({ critical, high, medium: 0, low: 0, info: 0 });
const run = (id: number, startedAt: string, o: RunRow["openBySeverity"]): RunRow => ({
  id,
  scope: "s",
  startedAt,
  finishedAt: startedAt,
  toolVersion: "t",
  openBySeverity: o,
  new: 0,
  persisting: 0,
  resolved: 0,
  unverified: 0,
  suppressed: 0,
  gaps: 0,
});
const resolution = (severity: ResolutionRow["severity"], hours: number): ResolutionRow => ({
  runId: 2,
  fingerprint: `f${hours}`,
  checkId: "c",
  severity,
  openedAt: "2025-05-01T00:00:00.000Z",
  resolvedAt: new Date(Date.parse("2025-05-01T00:00:00.000Z") + hours * 3600_000).toISOString(),
  how: "passed",
});

describe("trend", () => {
  it("computes mean time to resolve overall and by severity", () => {
    const trend = buildTrend(
      "s",
      [run(1, "2025-05-01T00:00:00.000Z", open(2, 3)), run(2, "2025-05-03T00:00:00.000Z", open(0, 2))],
      [resolution("critical", 2), resolution("critical", 4), resolution("high", 30)],
    );
    expect(trend.runs.map((r) => r.openTotal)).toEqual([5, 2]);
    expect(trend.meanTimeToResolve.overall).toEqual({ resolved: 3, meanSeconds: 12 * 3600, mean: "12h 0m" });
    expect(trend.meanTimeToResolve.bySeverity.critical).toEqual({
      resolved: 2,
      meanSeconds: 3 * 3600,
      mean: "3h 0m",
    });
    expect(trend.meanTimeToResolve.bySeverity.high?.mean).toBe("1d 6h");
    expect(trend.meanTimeToResolve.bySeverity.low).toBeNull();
    const table = renderHistoryTable([trend]);
    expect(table).toContain("by severity: critical 3h 0m (2), high 1d 6h (1)");
    expect(Math.max(...table.split("\n").map((l) => l.length))).toBeLessThanOrEqual(80);
  });

  it("says when nothing was resolved or recorded", () => {
    expect(renderHistoryTable([])).toBe("No runs recorded yet.\n");
    expect(
      renderHistoryTable([buildTrend("s", [run(1, "2025-05-01T00:00:00.000Z", open(1, 0))], [])]),
    ).toContain("nothing resolved yet");
  });

  it("prints durations briefly", () => {
    expect(humanDuration(45)).toBe("45s");
    expect(humanDuration(90 * 60)).toBe("1h 30m");
    expect(humanDuration(4 * 86_400)).toBe("4d 0h");
  });
});
