// Runs of different scopes never resolve each other's findings.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scopeKey } from "../../src/history/index.js";
import { runHistory } from "../../cli/commands/history.js";
import { day, demoEstate, failing, scanAt, tempDir, withArtifactsFixed } from "./helpers.js";

const ACCOUNT_B = "444455556666";

describe("history scopes", () => {
  it("keeps account A's failures open when account B (same bucket names, fixed) is scanned", async () => {
    const file = join(tempDir("scopes"), "h.db");
    const a1 = await scanAt(day(1), demoEstate(), { history: file });
    const estateB = withArtifactsFixed(demoEstate());
    for (const account of estateB.aws.accounts) account.id = ACCOUNT_B;
    const b1 = await scanAt(day(2), estateB, { history: file });
    const a2 = await scanAt(day(3), demoEstate(), { history: file });

    expect(b1.report.history?.scope).toContain(`aws:${ACCOUNT_B}`);
    expect(b1.report.history?.scope).not.toBe(a1.report.history?.scope);
    expect(b1.report.history?.previousRun).toBeUndefined();
    expect(b1.report.resolved).toEqual([]);
    expect(
      b1.report.findings.filter((f) => f.status === "fail").every((f) => f.history?.state === "new"),
    ).toBe(true);

    // S3 bucket ARNs carry no account: the same fingerprint, kept apart by scope.
    const a2Write = failing(a2.report, "ai-model-artifacts-prod", "storage.public-write");
    expect(a2Write?.id).toBe(failing(a1.report, "ai-model-artifacts-prod", "storage.public-write")?.id);
    expect(a2Write?.history).toMatchObject({ state: "persisting", firstSeen: day(1).toISOString() });
    expect(a2.report.history?.previousRun?.id).toBe(a1.report.history?.runId);
    expect(a2.report.resolved).toEqual([]);

    let out = "";
    runHistory(
      { history: file, format: "json", scope: b1.report.history?.scope as string },
      { stdout: (t) => void (out += t), stderr: () => undefined, progress: false },
    );
    const { scopes } = JSON.parse(out) as { scopes: Array<{ scope: string; runs: unknown[] }> };
    expect(scopes.map((s) => s.runs.length)).toEqual([1]);

    // A unique part of a key selects it; an ambiguous one names the candidates.
    const pick = (scope: string) =>
      runHistory(
        { history: file, format: "json", scope },
        { stdout: () => undefined, stderr: () => undefined, progress: false },
      ).trends.map((t) => [t.scope, t.runs.length]);
    expect(pick("111122223333")).toEqual([[a1.report.history?.scope, 2]]);
    expect(() => pick("accounts=aws:")).toThrow(/matches 2 scopes/);
    expect(() => pick("999")).toThrow(/no runs for --scope "999"; scopes in the file/);
  });

  it("treats other regions or another check selection as another scope", async () => {
    const file = join(tempDir("regions"), "h.db");
    const all = await scanAt(day(1), demoEstate(), { history: file });
    const east = await scanAt(day(2), demoEstate(), { history: file, regions: ["us-east-1"] });
    expect(east.report.history?.scope).toContain("regions=us-east-1");
    expect(east.report.history?.previousRun).toBeUndefined();
    // Buckets of us-west-2 are not in this scan: nothing of the all-regions scope is resolved by it.
    expect(east.report.resolved).toEqual([]);
    const storage = await scanAt(day(3), demoEstate(), { history: file, checks: "storage.*" });
    expect(storage.report.history?.scope).toContain("checks=storage.*");
    expect(storage.report.history?.scope).not.toBe(all.report.history?.scope);
  });
});

describe("scopeKey", () => {
  const scope = (account: string) => ({ provider: "aws" as const, account, regions: ["us-east-1"] });

  it("ignores order and the regions where resources happened to be found", () => {
    const a = scopeKey({ providers: ["aws"], scopes: [scope("2"), scope("1")], checks: "b.*, a.*" });
    const b = scopeKey({
      providers: ["aws"],
      scopes: [scope("1"), { ...scope("2"), regions: ["eu-west-1"] }],
      checks: "a.*,b.*",
    });
    expect(a).toBe(b);
    expect(a).toBe("providers=aws accounts=aws:1,aws:2 regions=* checks=a.*,b.*");
  });

  it("summarizes many accounts by count and hash", () => {
    const many = Array.from({ length: 8 }, (_, i) => scope(String(100000000000 + i)));
    const key = scopeKey({ providers: ["aws"], scopes: many });
    expect(key).toMatch(/^providers=aws accounts=8#[0-9a-f]{10} regions=\* checks=\*$/);
    expect(scopeKey({ providers: ["aws"], scopes: many.slice(1) })).not.toBe(key);
  });

  it("compares Azure subscription ids case-insensitively", () => {
    const azure = (id: string) => ({ provider: "azure" as const, account: id, regions: [] });
    expect(scopeKey({ providers: ["azure"], scopes: [azure("ABCD-1")] })).toBe(
      scopeKey({ providers: ["azure"], scopes: [azure("abcd-1")] }),
    );
  });
});
