// Every format from one demo run (--format all --output-dir), each checked against its published contract:
// SARIF against the SARIF 2.1.0 JSON schema, OCSF lines against the Detection Finding class, ASFF against
// the fields BatchImportFindings requires, JUnit and CSV parsed back; counts agree with the JSON report.
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import { runDemo } from "../../cli/commands/demo.js";
import type { Report } from "../../src/model/finding.js";
import { REPORT_FORMATS, FORMAT_SPECS } from "../../src/report/formats/index.js";
import { ocsfProblems } from "./ocsf-class.js";
import { parseCsv } from "./csv-parse.js";
import { parseJsonReport } from "../../src/report/json.js";

const quiet = { stdout: () => {}, stderr: () => {}, progress: false };
let dir = "";
let report: Report;
const read = (format: (typeof REPORT_FORMATS)[number]) =>
  readFileSync(join(dir, FORMAT_SPECS[format].fileName), "utf8");

let returned: Report;
let raw: { schemaVersion: number; checks: Record<string, unknown>; findings: Array<Record<string, unknown>> };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "aiposture-formats-"));
  ({ report: returned } = await runDemo(
    {
      format: REPORT_FORMATS.filter((f) => f !== "table"),
      outputDir: dir,
      failOn: "none",
      concurrency: 16,
      maxAttempts: 8,
    },
    quiet,
  ));
  raw = JSON.parse(read("json")) as typeof raw;
  report = parseJsonReport(raw) as Report;
});

describe("formats from the demo", () => {
  it("SARIF is valid against the SARIF 2.1.0 schema, one result per failure or unknown, fingerprints ours", () => {
    const schema = JSON.parse(
      readFileSync(new URL("../schemas/sarif-2.1.0.json", import.meta.url), "utf8"),
    ) as object;
    const ajv = new Ajv.default({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    const sarif = JSON.parse(read("sarif")) as {
      runs: Array<{
        results: Array<{ ruleId: string; partialFingerprints: Record<string, string>; kind: string }>;
        tool: { driver: { rules: Array<{ id: string; help: { text: string } }> } };
      }>;
    };
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const [run] = sarif.runs;
    const notPassed = report.findings.filter((f) => f.status !== "pass");
    expect(run!.results).toHaveLength(notPassed.length);
    expect(run!.results.map((r) => r.partialFingerprints["aiposture/v1"]).sort()).toEqual(
      notPassed.map((f) => f.id).sort(),
    );
    expect(run!.results.filter((r) => r.kind === "fail")).toHaveLength(report.summary.byStatus.fail);
    const ruleIds = new Set(run!.tool.driver.rules.map((r) => r.id));
    for (const result of run!.results) expect(ruleIds.has(result.ruleId)).toBe(true);
    for (const rule of run!.tool.driver.rules) expect(rule.help.text.length).toBeGreaterThan(10);
  });

  it("OCSF: one Detection Finding per line, conforming to the class, uid = fingerprint", () => {
    const lines = read("ocsf").trimEnd().split("\n");
    expect(lines).toHaveLength(report.findings.length);
    const events = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    for (const event of events) expect(ocsfProblems(event)).toEqual([]);
    const uids = events.map((e) => (e.finding_info as { uid: string }).uid);
    expect(uids.sort()).toEqual(report.findings.map((f) => f.id).sort());
    const failing = events.filter((e) => (e.compliance as { status_id: number }).status_id === 3);
    expect(failing).toHaveLength(report.summary.byStatus.fail);
  });

  it("ASFF: AWS findings only, every field BatchImportFindings requires, limits kept", () => {
    const findings = JSON.parse(read("asff")) as Array<Record<string, unknown>>;
    const aws = report.findings.filter((f) => f.provider === "aws");
    expect(findings).toHaveLength(aws.length);
    for (const finding of findings) {
      for (const field of [
        "SchemaVersion",
        "Id",
        "ProductArn",
        "GeneratorId",
        "AwsAccountId",
        "CreatedAt",
        "UpdatedAt",
        "Severity",
        "Title",
        "Description",
        "Resources",
        "Types",
      ])
        expect(finding[field], field).toBeDefined();
      expect(finding.SchemaVersion).toBe("2018-10-08");
      expect(finding.ProductArn).toMatch(/^arn:aws:securityhub:[a-z0-9-]+:\d{12}:product\/\d{12}\/default$/);
      expect((finding.Title as string).length).toBeLessThanOrEqual(256);
      expect((finding.Description as string).length).toBeLessThanOrEqual(1024);
      expect(["PASSED", "FAILED", "WARNING"]).toContain((finding.Compliance as { Status: string }).Status);
      expect(["NEW", "RESOLVED", "SUPPRESSED"]).toContain((finding.Workflow as { Status: string }).Status);
      expect(
        ((finding.Compliance as { RelatedRequirements: string[] }).RelatedRequirements ?? []).length,
      ).toBeLessThanOrEqual(32);
    }
  });

  it("CSV parses back (RFC 4180) to one row per finding with the same statuses", () => {
    const rows = parseCsv(read("csv"));
    expect(rows[0]).toContain("finding_id");
    expect(rows).toHaveLength(report.findings.length + 1);
    const statusAt = rows[0]!.indexOf("status");
    expect(rows.slice(1).filter((r) => r[statusAt] === "fail")).toHaveLength(report.summary.byStatus.fail);
  });

  it("JUnit counts failures, errors (unknowns) and tests as the JSON does", () => {
    const xml = read("junit");
    const head = /<testsuites [^>]*>/.exec(xml)![0];
    expect(head).toContain(`tests="${report.findings.length}"`);
    expect(head).toContain(`failures="${report.summary.byStatus.fail}"`);
    expect(head).toContain(`errors="${report.summary.byStatus.unknown}"`);
    expect((xml.match(/<testcase /g) ?? []).length).toBe(report.findings.length);
    expect((xml.match(/<failure /g) ?? []).length).toBe(report.summary.byStatus.fail);
  });

  it("Markdown leads with the counts", () => {
    const md = read("markdown");
    expect(md).toContain(
      `${report.summary.byStatus.fail} failed, ${report.summary.byStatus.unknown} unknown`,
    );
    expect(md).toContain("| critical | " + report.summary.failuresBySeverity.critical + " |");
  });

  it("HTML carries a strict CSP and no script", () => {
    const html = read("html");
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
  });

  it("JSON carries each check's title, remediation and compliance once, and reads back to the report itself", () => {
    expect(raw.schemaVersion).toBe(2);
    const checkIds = new Set(returned.findings.map((f) => f.checkId));
    expect(Object.keys(raw.checks).sort()).toEqual([...checkIds].sort());
    // A finding repeats a field only where it differs from its check's (an escalation's own remediation).
    const checks = raw.checks as Record<string, Record<string, unknown>>;
    let lean = 0;
    for (const finding of raw.findings) {
      const check = checks[String(finding.checkId)] ?? {};
      for (const field of ["title", "remediation", "compliance"])
        if (field in finding) expect(finding[field], field).not.toEqual(check[field]);
      if (!("remediation" in finding)) lean++;
    }
    expect(lean).toBeGreaterThan(raw.findings.length * 0.9);
    expect(report.findings).toEqual(JSON.parse(JSON.stringify(returned.findings)));
  });

  it("writes every report file for its owner only (0o600)", () => {
    for (const format of REPORT_FORMATS.filter((f) => f !== "table"))
      expect(statSync(join(dir, FORMAT_SPECS[format].fileName)).mode & 0o777, format).toBe(0o600);
  });
});
