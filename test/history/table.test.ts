// The history sections of the scan table, on a plain report.
import { describe, expect, it } from "vitest";
import { renderTable } from "../../src/report/table.js";
import type { Report } from "../../src/model/finding.js";
import { finding, report } from "./fixtures.js";

const T1 = "2025-05-01T09:00:00.000Z";
const T2 = "2025-05-02T09:00:00.000Z";

describe("table with history", () => {
  const fresh = { ...finding("storage.public-read", "fresh", "fail", "critical") };
  const old = { ...finding("storage.tls-only", "old", "fail", "medium") };
  const base = report(T2, [fresh, old]);
  const r: Report = {
    ...base,
    findings: [
      { ...fresh, history: { state: "new", firstSeen: T2, lastSeen: T2 } },
      { ...old, history: { state: "persisting", firstSeen: T1, lastSeen: T2 } },
    ],
    history: {
      scope: "providers=aws accounts=aws:111122223333 regions=* checks=*",
      runId: 2,
      previousRun: { id: 1, startedAt: T1 },
      counts: { new: 1, persisting: 1, resolved: 1, unverified: 1 },
    },
    resolved: [
      {
        ...tracked("storage.public-write", "a-very-long-bucket-name-for-model-artifacts-in-production"),
        resolvedAt: T2,
        how: "gone",
      },
    ],
    unverified: [{ ...tracked("storage.versioning", "logs"), reason: "coverage-gap" }],
  };

  it("marks new and persisting failures and lists resolved and unverified ones in 80 columns", () => {
    const out = renderTable(r, { width: 80 });
    expect(out).toContain("  [NEW] storage.public-read is fail on fresh");
    expect(out).toContain("  [since 2025-05-01] storage.tls-only is fail on old");
    expect(out).toContain("RESOLVED since run #1 (1):");
    expect(out).toMatch(/^ {2}CRITICAL storage\.public-write a-very-long-bucket-name.*…$/m);
    expect(out).toContain("NOT RESOLVED, fix not verified (1): still open, not read as passing");
    expect(out).toContain("  HIGH     storage.versioning logs (absent, account had read errors)");
    expect(out).toContain("history: run #2: 1 new, 1 persisting, 1 resolved, 1 unverified");
    expect(out).toContain("  compared with run #1 of 2025-05-01 09:00 UTC");
    expect(Math.max(...out.split("\n").map((l) => l.length))).toBeLessThanOrEqual(80);
    // The worst failure still leads (CLI tests rely on it).
    expect(out.split("\n")[2]).toMatch(/^CRITICAL fail/);
  });

  it("leaves the table unchanged without history", () => {
    expect(renderTable(base)).not.toMatch(/history:|\[NEW\]|RESOLVED/);
  });
});

function tracked(checkId: string, bucket: string) {
  const f = finding(checkId, bucket, "fail", checkId === "storage.public-write" ? "critical" : "high");
  return {
    id: f.id,
    checkId,
    title: f.title,
    severity: f.severity,
    provider: f.provider,
    account: f.account,
    region: f.region,
    resource: f.resource,
    firstSeen: T1,
    lastSeen: T1,
  };
}
