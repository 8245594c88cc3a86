// A service that is off is a finding, not a failed read: in an account without GuardDuty, a deleted bucket's
// findings are still resolved, because the listing that no longer shows it succeeded.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Estate } from "../../mocks/index.js";
import { day, demoEstate, failing, keys, scanAt, tempDir, withoutBucket } from "./helpers.js";

const DELETED = "ai-legacy-corpus-unencrypted";

function withoutGuardDuty(estate: Estate): Estate {
  for (const account of estate.aws.accounts) delete (account as Record<string, unknown>).guardduty;
  return estate;
}

describe("history in an account without threat detection", () => {
  it("resolves the findings of a deleted bucket when GuardDuty is disabled", async () => {
    const file = join(tempDir("no-guardduty"), "h.db");
    const first = await scanAt(day(1), demoEstate(), { history: file });
    expect(failing(first.report, DELETED, "storage.encryption-at-rest")?.status).toBe("fail");

    const second = await scanAt(day(2), withoutGuardDuty(withoutBucket(demoEstate(), DELETED)), {
      history: file,
    });
    // GuardDuty off is the threat-detection check's failure and a warning, not a read error.
    const off = second.report.findings.filter(
      (f) => f.checkId === "threat-detection.enabled" && f.status === "fail",
    );
    expect(off.length).toBeGreaterThan(0);
    expect(second.report.errors).toEqual([]);
    expect(second.report.warnings).toContainEqual(expect.stringMatching(/GuardDuty is not enabled here/));
    expect(second.exitCode).toBe(0);

    expect(keys((second.report.resolved ?? []).filter((r) => r.resource.name === DELETED))).toEqual([
      `storage.customer-managed-key ${DELETED}`,
      `storage.encryption-at-rest ${DELETED}`,
      `storage.tls-only ${DELETED}`,
    ]);
    expect(second.report.resolved?.every((r) => r.how === "gone")).toBe(true);
    expect((second.report.unverified ?? []).filter((u) => u.resource.name === DELETED)).toEqual([]);
  });
});
