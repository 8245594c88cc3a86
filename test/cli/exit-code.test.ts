// The exit code never reads as "all clear" while something is undecided: an unknown verdict is exit 3 even when
// every read succeeded.
import { describe, expect, it } from "vitest";
import { exitCodeFor } from "../../cli/commands/scan.js";
import { EXIT } from "../../cli/exit-codes.js";
import type { Report } from "../../src/model/finding.js";

const finding = (status: string, severity = "critical", suppressed = false) =>
  ({
    status,
    severity,
    suppressed,
    checkId: "c",
    resource: { id: "r" },
  }) as unknown as Report["findings"][number];
const report = (findings: Report["findings"], errors: unknown[] = []) =>
  ({ findings, errors }) as unknown as Report;

describe("exitCodeFor", () => {
  it("exits 3 when a verdict is unknown, though no read failed", () => {
    expect(exitCodeFor(report([finding("pass"), finding("unknown")]), "none")).toBe(EXIT.gaps);
    expect(exitCodeFor(report([finding("unknown")]), "high")).toBe(EXIT.gaps);
  });
  it("a failure at the threshold still wins over unknowns", () => {
    expect(exitCodeFor(report([finding("fail"), finding("unknown")]), "high")).toBe(EXIT.findings);
  });
  it("a suppressed unknown does not hold the exit, and a decided clean scan exits 0", () => {
    expect(exitCodeFor(report([finding("unknown", "low", true), finding("pass")]), "none")).toBe(EXIT.ok);
  });
  it("a coverage gap alone exits 3", () => {
    expect(exitCodeFor(report([finding("pass")], [{}]), "none")).toBe(EXIT.gaps);
  });
});
