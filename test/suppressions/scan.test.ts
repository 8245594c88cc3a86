// Suppressions through a scan of the emulated demo estate, with the clock moved past the expiry date.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runHistory } from "../../cli/commands/history.js";
import type { ScopeTrend } from "../../src/history/index.js";
import { demoEstate, failing, s3Only, scanAt, tempDir } from "../history/helpers.js";

const SUPPRESSIONS = `suppressions:
  # The labeling vendor reads PHI notes over a public policy until the new contract starts.
  - checkId: storage.public-read
    resource: ai-clinical-notes-*
    account: "111122223333"
    tags: { data-classification: phi }
    reason: labeling vendor access, contract ENG-1234
    owner: clinical-nlp@example.com
    expires: 2025-06-30
  - checkId: storage.public-write
    resource: arn:aws:s3:::ai-model-artifacts-prod
    reason: CI upload until the OIDC role ships
    owner: ml-platform@example.com
    expires: 2025-06-30
`;

describe("scan --suppressions", () => {
  it("accepts both critical failures until the expiry date, then counts them again", async () => {
    const dir = tempDir("suppress");
    const file = join(dir, "suppressions.yaml");
    writeFileSync(file, SUPPRESSIONS);
    const history = join(dir, "h.db");

    // The demo's S3 buckets only: their two critical failures are the ones suppressed.
    const before = await scanAt(new Date("2025-06-30T18:00:00Z"), s3Only(demoEstate()), {
      suppressions: file,
      history,
      failOn: "critical",
    });
    const read = failing(before.report, "ai-clinical-notes-phi", "storage.public-read");
    expect(read).toMatchObject({
      status: "fail",
      severity: "critical",
      suppressed: { owner: "clinical-nlp@example.com", expires: "2025-06-30", line: 3 },
    });
    expect(failing(before.report, "ai-model-artifacts-prod", "storage.public-write")?.suppressed?.line).toBe(
      10,
    );
    expect(before.report.summary.suppressed).toBe(2);
    expect(before.report.suppressions).toMatchObject({ suppressed: 2, expired: [], stale: [] });
    // No unsuppressed critical failure: not exit 1 (3 only if the scan had coverage gaps).
    expect(before.exitCode).toBe(before.report.errors.length > 0 ? 3 : 0);

    const after = await scanAt(new Date("2025-07-01T00:00:00Z"), s3Only(demoEstate()), {
      suppressions: file,
      history,
      failOn: "critical",
      format: "table",
    });
    expect(after.exitCode).toBe(1);
    expect(after.report.findings.some((f) => f.suppressed)).toBe(false);
    expect(after.report.suppressions?.expired.map((e) => [e.line, e.matches])).toEqual([
      [3, 1],
      [10, 1],
    ]);
    expect(after.stdout).toContain("EXPIRED SUPPRESSIONS (2): no longer suppressing; renew or fix");
    expect(after.stdout).toContain("    expired 2025-06-30, owner clinical-nlp@example.com; 1 failing again");

    // The trend counts accepted risks out of the open failures, and back in after expiry.
    let out = "";
    runHistory(
      { history, format: "json" },
      { stdout: (t) => void (out += t), stderr: () => undefined, progress: false },
    );
    const [trend] = (JSON.parse(out) as { scopes: ScopeTrend[] }).scopes;
    const [first, second] = trend?.runs ?? [];
    expect(first?.suppressed).toBe(2);
    expect((second?.open.critical ?? 0) - (first?.open.critical ?? 0)).toBe(2);
  });

  it("refuses a malformed file before scanning, naming the line", async () => {
    const file = join(tempDir("suppress-bad"), "suppressions.yaml");
    writeFileSync(file, SUPPRESSIONS.replace("    owner: ml-platform@example.com\n", ""));
    await expect(scanAt(new Date(), demoEstate(), { suppressions: file })).rejects.toThrow(
      `${file}:10: suppressions[1].owner: required`,
    );
  });
});
