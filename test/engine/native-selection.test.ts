// --checks selects native findings (GuardDuty, Defender) kept as their own, like ours: "native.guardduty:*" keeps
// only those, "!native.*" drops them, and a pattern naming only our checks leaves them out of the exit code.
import { describe, expect, it } from "vitest";
import { runDemo } from "../../cli/commands/demo.js";
import type { ScanFlags } from "../../cli/commands/scan.js";

const quiet = { stdout: () => {}, stderr: () => {}, progress: false };
const base: ScanFlags = { format: "json", failOn: "none", concurrency: 16, maxAttempts: 8 };
const nativeIds = (ids: string[]) => ids.filter((id) => id.startsWith("native."));

describe("--checks and native findings", () => {
  it("native.guardduty:* keeps only GuardDuty's; !native.* none; our checks alone exit on ours only", async () => {
    const all = await runDemo(base, quiet);
    const allIds = all.report.findings.map((f) => f.checkId);
    // The demo plants GuardDuty findings on AI assets: without them this test would prove nothing.
    expect(nativeIds(allIds).some((id) => id.startsWith("native.guardduty:"))).toBe(true);

    const guardduty = await runDemo({ ...base, checks: "native.guardduty:*" }, quiet);
    const kept = guardduty.report.findings.map((f) => f.checkId);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every((id) => id.startsWith("native.guardduty:"))).toBe(true);

    const without = await runDemo({ ...base, checks: "!native.*" }, quiet);
    expect(nativeIds(without.report.findings.map((f) => f.checkId))).toEqual([]);

    const versioning = await runDemo({ ...base, checks: "storage.versioning", failOn: "high" }, quiet);
    expect(versioning.report.findings.every((f) => f.checkId === "storage.versioning")).toBe(true);
    expect(versioning.exitCode).not.toBe(1);
  });
});
