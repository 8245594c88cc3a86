// Which findings an entry covers, what expires, what is stale, and what counts.
import { describe, expect, it } from "vitest";
import { exitCodeFor } from "../../cli/commands/scan.js";
import { unknown } from "../../src/model/known.js";
import { renderTable } from "../../src/report/table.js";
import { applySuppressions, parseSuppressions, type Tags } from "../../src/suppressions/index.js";
import { broadSuppressionWarning } from "../../src/suppressions/table-sections.js";
import { finding, report } from "../history/fixtures.js";

const NOW = new Date("2025-06-15T12:00:00Z");

function set(entries: string) {
  return parseSuppressions(`suppressions:\n${entries}`, "sup.yaml");
}

const entry = (fields: Record<string, string>) =>
  "  - " +
  Object.entries({ reason: "accepted", owner: "team-a", expires: "2025-12-31", ...fields })
    .map(([k, v]) => `${k}: "${v}"`)
    .join("\n    ") +
  "\n";

const crit = finding("storage.public-read", "ai-public-share", "fail", "critical");
const tls = finding("storage.tls-only", "ai-public-share", "fail", "medium");
const other = finding("storage.tls-only", "ai-private", "fail", "medium", "444455556666");
const passing = finding("storage.versioning", "ai-public-share", "pass", "low");
const unreadable = finding("storage.public-write", "ai-public-share", "unknown", "critical");
const base = report("2025-06-15T12:00:00.000Z", [crit, tls, other, passing, unreadable], {
  accounts: ["111122223333", "444455556666"],
});
const tags = new Map<string, Tags>([
  ["arn:aws:s3:::ai-public-share", { team: "clinical-nlp", env: "prod" }],
  ["arn:aws:s3:::ai-private", unknown("GetBucketTagging: AccessDenied")],
]);

describe("applySuppressions", () => {
  it("marks matching failures, keeps them in the JSON, and leaves them out of the counts and --fail-on", () => {
    const out = applySuppressions(
      base,
      set(entry({ checkId: "storage.public-*", resource: "ai-public-share" })),
      tags,
      NOW,
    );
    const marked = out.findings.find((f) => f.id === crit.id);
    expect(marked?.suppressed).toEqual({
      reason: "accepted",
      owner: "team-a",
      expires: "2025-12-31",
      line: 2,
    });
    // Unknowns are never hidden, even when an entry matches them.
    expect(out.findings.find((f) => f.id === unreadable.id)?.suppressed).toBeUndefined();
    expect(out.findings).toHaveLength(base.findings.length);
    expect(out.summary).toMatchObject({
      total: 5,
      suppressed: 1,
      byStatus: { fail: 2, pass: 1, unknown: 1 },
    });
    expect(out.summary.failuresBySeverity.critical).toBe(0);
    expect(exitCodeFor(base, "critical")).toBe(1);
    // The suppressed critical no longer fails the run; the unknown still keeps it from reading as all clear.
    expect(exitCodeFor(out, "critical")).toBe(3);
    expect(exitCodeFor(out, "medium")).toBe(1);
    expect(out.suppressions).toMatchObject({ file: "sup.yaml", suppressed: 1, expired: [], stale: [] });
  });

  it("matches the resource by ARN or name, and narrows by account, region and tags", () => {
    const by = (fields: Record<string, string>, extra = "") =>
      applySuppressions(base, set(entry(fields) + extra), tags, NOW)
        .findings.filter((f) => f.suppressed)
        .map((f) => `${f.checkId} ${f.resource.name}`)
        .sort();
    expect(by({ checkId: "storage.tls-only", resource: "arn:aws:s3:::ai-*" })).toEqual([
      "storage.tls-only ai-private",
      "storage.tls-only ai-public-share",
    ]);
    expect(by({ checkId: "storage.tls-only", resource: "*", account: "4444*" })).toEqual([
      "storage.tls-only ai-private",
    ]);
    expect(by({ checkId: "storage.tls-only", resource: "*", region: "eu-*" })).toEqual([]);
    expect(by({ checkId: "storage.*", resource: "*" }, '    tags: { team: "clinical-*" }\n')).toEqual([
      "storage.public-read ai-public-share",
      "storage.tls-only ai-public-share",
    ]);
    // Tags that could not be read do not prove the entry applies.
    expect(by({ checkId: "storage.tls-only", resource: "ai-private" }, "    tags: { env: prod }\n")).toEqual(
      [],
    );
  });

  it("stops suppressing after the expiry day and reports the expired entry", () => {
    const sup = set(entry({ checkId: "storage.public-read", resource: "*", expires: "2025-06-14" }));
    const out = applySuppressions(base, sup, tags, NOW);
    expect(out.findings.some((f) => f.suppressed)).toBe(false);
    expect(out.summary.failuresBySeverity.critical).toBe(1);
    expect(out.suppressions?.expired).toEqual([
      expect.objectContaining({ line: 2, checkId: "storage.public-read", expires: "2025-06-14", matches: 1 }),
    ]);
    // The expiry day itself still suppresses.
    const onTheDay = applySuppressions(base, sup, tags, new Date("2025-06-14T23:59:59Z"));
    expect(onTheDay.summary.suppressed).toBe(1);
    expect(onTheDay.suppressions?.expired).toEqual([]);

    const table = renderTable(out, { width: 80 });
    expect(table).toContain("EXPIRED SUPPRESSIONS (1): no longer suppressing; renew or fix");
    expect(table).toContain("  sup.yaml:2 storage.public-read *");
    expect(table).toContain("    expired 2025-06-14, owner team-a; 1 failing again");
  });

  it("reports entries that matched nothing as stale, and counts suppressed ones in the table", () => {
    const sup = set(
      entry({ checkId: "storage.tls-only", resource: "ai-*" }) +
        entry({ checkId: "storage.versioning", resource: "ai-public-share" }) +
        entry({ checkId: "storage.public-write", resource: "ai-public-share" }) +
        entry({ checkId: "storag.typo", resource: "*" }),
    );
    const out = applySuppressions(base, sup, tags, NOW);
    // versioning passes (nothing to suppress) and the typo matches no check; public-write is unknown: in use.
    expect(out.suppressions?.stale.map((s) => s.checkId)).toEqual(["storage.versioning", "storag.typo"]);
    const table = renderTable(out, { width: 80 });
    expect(table).toContain("SUPPRESSED (2): accepted in sup.yaml, not counted as failures");
    expect(table).toContain("STALE SUPPRESSIONS (2): matched nothing in this run; remove or fix");
    expect(table).not.toMatch(/tls-only +ai-p/);
    expect(table).toContain("1 failed, 1 unknown, 1 passed, 2 suppressed");
    expect(Math.max(...table.split("\n").map((l) => l.length))).toBeLessThanOrEqual(80);
  });

  it("suppresses a finding once even when several entries match", () => {
    const sup = set(
      entry({ checkId: "*", resource: "*" }) + entry({ checkId: "storage.tls-only", resource: "*" }),
    );
    const out = applySuppressions(base, sup, tags, NOW);
    expect(out.findings.filter((f) => f.suppressed).every((f) => f.suppressed?.line === 2)).toBe(true);
    // Each entry above spans five lines: the second starts on line 7.
    expect(out.suppressions?.stale.map((s) => s.line)).toEqual([7]);
  });
});

describe("an entry that accepts everything", () => {
  it("is listed as broad and warned about in the table summary and on stderr", () => {
    const out = applySuppressions(
      base,
      set(
        entry({ checkId: "*", resource: "*", expires: "2099-12-31" }) +
          entry({ checkId: "storage.*", resource: "*" }),
      ),
      tags,
      NOW,
    );
    expect(out.suppressions?.broad.map((e) => e.line)).toEqual([2]);
    const table = renderTable(out, { width: 100 });
    expect(table).toMatch(/WARNING: 1 suppression\(s\) accept every check on every resource/);
    expect(table).toContain("sup.yaml:2 * *");
    expect(broadSuppressionWarning(out)).toBe(
      "warning: sup.yaml line 2: accepts every check on every resource\n",
    );
  });

  it("a scoped entry raises no warning", () => {
    const out = applySuppressions(base, set(entry({ checkId: "storage.*", resource: "ai-*" })), tags, NOW);
    expect(out.suppressions?.broad).toEqual([]);
    expect(renderTable(out, { width: 100 })).not.toContain("WARNING");
    expect(broadSuppressionWarning(out)).toBeUndefined();
  });
});
