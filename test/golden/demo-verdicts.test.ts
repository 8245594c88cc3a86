// The demo's verdicts, pinned: every finding's fingerprint, check, resource, severity and status (timestamps
// aside). Restructuring must leave this file unchanged; a change in what the demo finds is reviewed here, and
// recorded with `npx vitest run test/golden -u`.
import { describe, expect, it } from "vitest";
import { runDemo } from "../../cli/commands/demo.js";

const quiet = { stdout: () => {}, stderr: () => {}, progress: false };

describe("the demo's verdicts", () => {
  it("are the pinned ones", async () => {
    const { report } = await runDemo(
      { format: "json", failOn: "none", concurrency: 16, maxAttempts: 8 },
      quiet,
    );
    const rows = report.findings
      .map((f) => [f.id, f.checkId, f.resource.id, f.severity, f.status].join(" "))
      .sort();
    expect(rows.length).toBeGreaterThan(400);
    await expect(`${rows.join("\n")}\n`).toMatchFileSnapshot("./demo-verdicts.txt");
  });
});
