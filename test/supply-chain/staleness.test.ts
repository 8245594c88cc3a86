import { describe, expect, it } from "vitest";
import { snapshotAgeDays, staleSnapshotWarning, STALE_AFTER_DAYS } from "../../src/supply-chain/staleness.js";
import { renderTable } from "../../src/report/table.js";
import { buildReport } from "../../src/engine/report.js";

describe("advisory snapshot staleness", () => {
  it("warns only past 30 days, naming the date and the command that refreshes it", () => {
    const db = { asOf: "2026-11-01", origin: "packaged" as const };
    expect(STALE_AFTER_DAYS).toBe(30);
    expect(snapshotAgeDays("2026-11-01", new Date("2026-12-01T23:00:00Z"))).toBe(30);
    expect(staleSnapshotWarning(db, new Date("2026-12-01T23:00:00Z"))).toBeUndefined();
    expect(staleSnapshotWarning(db, new Date("2026-12-02T00:00:00Z"))).toMatch(
      /packaged advisory snapshot is 31 days old \(as of 2026-11-01\).*aiposture advisories update/,
    );
  });

  it("prints a report's warnings whole in the table, wrapped to the width", () => {
    const report = buildReport({
      version: "0",
      startedAt: "",
      scopes: [],
      findings: [],
      errors: [],
      assetCount: 0,
    });
    report.warnings = [
      staleSnapshotWarning({ asOf: "2024-10-10", origin: "packaged" }, new Date("2026-12-07"))!,
    ];
    const table = renderTable(report, { width: 80 });
    const block = table.slice(table.indexOf("WARNING:"), table.indexOf("\n\n", table.indexOf("WARNING:")));
    expect(block.split("\n").every((line) => line.length <= 80)).toBe(true);
    expect(block.replace(/\n {2}/g, " ")).toContain("`aiposture advisories update --from <dir|zip>`.");
  });
});
