// Property: the report writers (the CLI's writeReports, every format at once) turn any report — names, ids,
// messages and evidence holding escapes, markup, path tricks and odd Unicode — into one file per format in the
// chosen folder, and write nowhere else; never an exception, never a hang.
import { mkdtempSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { writeReports } from "../../cli/commands/report-formats.js";
import { fingerprint, type Finding } from "../../src/model/finding.js";
import { REPORT_FORMATS } from "../../src/report/formats/index.js";
import { finding, report } from "../history/fixtures.js";
import { budget, CaseClock, corpus } from "./budget.js";

const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    "../../../../tmp/escaped",
    "/etc/passwd",
    "\u001b]8;;http://evil\u0007x\u001b]8;;\u0007",
    "<script>alert(1)</script>",
    "]]><x/>",
    "=cmd|'/c calc'!A1",
    "a|b`c`*d*",
    "\r\n\u2028\u2029\u0000",
    "\ud800",
    "__proto__",
    "",
  ),
  fc.constantFrom(...corpus().map((c) => c.text.slice(0, 300))),
);
const evidence = fc.dictionary(
  nasty,
  fc.oneof(nasty, fc.double(), fc.array(nasty, { maxLength: 3 }), fc.constant(null)),
  { maxKeys: 3 },
);
const status = fc.constantFrom("fail" as const, "pass" as const, "unknown" as const);
const severity = fc.constantFrom(
  "critical" as const,
  "high" as const,
  "medium" as const,
  "low" as const,
  "info" as const,
);

const hostileFinding = fc
  .record({
    checkId: nasty,
    name: nasty,
    id: nasty,
    title: nasty,
    message: nasty,
    account: nasty,
    region: nasty,
    evidence,
    status,
    severity,
  })
  .map((f): Finding => {
    const base = finding("storage.public-read", "b", f.status, f.severity);
    return {
      ...base,
      id: fingerprint(f.checkId, f.id),
      checkId: f.checkId,
      title: f.title,
      message: f.message,
      account: f.account,
      region: f.region,
      resource: { id: f.id, type: "aws.s3.bucket", name: f.name },
      evidence: f.evidence,
      remediation: { text: f.message, cli: { aws: f.title } },
    };
  });

const hostileReport = fc
  .tuple(fc.array(hostileFinding, { maxLength: 6 }), fc.array(nasty, { maxLength: 2 }))
  .map(([findings, messages]) =>
    report("2025-06-15T12:00:00.000Z", findings, {
      errors: messages.map((message) => ({
        provider: "aws" as const,
        account: "111122223333",
        region: message,
        service: "s3",
        operation: "GetBucketPolicy",
        resource: message,
        code: message,
        message,
      })),
    }),
  );

const quiet = { stdout: () => undefined, stderr: () => undefined, progress: false };

describe("report writers", () => {
  const clock = new CaseClock("report writers");

  it("write one file per format in the chosen folder, and nothing beside it", () => {
    const formats = REPORT_FORMATS.filter((f) => f !== "table");
    fc.assert(
      fc.property(hostileReport, (r) => {
        const parent = mkdtempSync(join(tmpdir(), "aiposture-fuzz-writers-"));
        const outputDir = join(parent, "reports");
        let printed = "";
        clock.run(() => {
          writeReports(r, { format: formats, outputDir, showPass: true }, quiet);
          writeReports(
            r,
            { format: "table", showPass: true, wide: true },
            { ...quiet, stdout: (t) => (printed += t) },
          );
        });
        expect(readdirSync(parent)).toEqual(["reports"]);
        const written = readdirSync(outputDir);
        expect(written).toHaveLength(formats.length);
        // OCSF is one line per finding: an empty report is an empty file; every other format has a frame.
        for (const file of written)
          if (!file.endsWith(".jsonl") || r.findings.length > 0)
            expect(statSync(join(outputDir, file)).size, file).toBeGreaterThan(0);
        expect(printed.length).toBeGreaterThan(0);
      }),
      budget(25),
    );
  });
});
