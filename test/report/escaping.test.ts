// Hostile cloud strings through every text format: no formula survives in CSV, XML stays well-formed, Markdown
// and HTML carry no live markup; remediation names only the finding's own cloud, placeholders filled.
import { describe, expect, it } from "vitest";
import { csvCell, renderCsv } from "../../src/report/formats/csv.js";
import { renderHtml } from "../../src/report/formats/html.js";
import { renderJunit } from "../../src/report/formats/junit.js";
import { renderMarkdown } from "../../src/report/formats/markdown.js";
import { ocsfFinding } from "../../src/report/formats/ocsf.js";
import { fillPlaceholders, remediationFor } from "../../src/report/remediation.js";
import { parseCsv } from "./csv-parse.js";
import { hostileReport } from "./hostile-report.js";
import { ocsfProblems } from "./ocsf-class.js";

describe("CSV", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\rx", `"'\rx"`],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["plain", "plain"],
  ])("cell %j is %j", (input, output) => expect(csvCell(input)).toBe(output));

  it("no parsed cell of a hostile report starts with a formula character", () => {
    const rows = parseCsv(renderCsv(hostileReport()));
    expect(rows).toHaveLength(4);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows.flat().some((cell) => cell.startsWith("'=cmd|"))).toBe(true);
  });
});

describe("JUnit XML", () => {
  it("escapes markup and drops characters XML cannot carry", () => {
    const xml = renderJunit(hostileReport());
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("\u0007");
    expect(xml).toContain("&lt;script&gt;");
    expect(xml).toMatch(/<failure message="high: =cmd/);
    expect(xml).toMatch(/<error message=/);
  });
});

describe("Markdown", () => {
  it("renders no HTML tag or link from cloud text", () => {
    const md = renderMarkdown(hostileReport());
    expect(md).not.toMatch(/<(script|img)/i);
    expect(md).not.toContain("](");
  });
});

describe("HTML", () => {
  it("escapes every payload and has no script or event handler", () => {
    const html = renderHtml(hostileReport());
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i); // a literal < only starts a real tag
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain("&lt;script&gt;window.__pwned=1&lt;/script&gt;");
  });
});

describe("OCSF class check", () => {
  it("accepts our events and rejects a broken one", () => {
    const report = hostileReport();
    const event = ocsfFinding(report.findings[0]!, report, 1) as unknown as Record<string, unknown>;
    expect(ocsfProblems(event)).toEqual([]);
    const { finding_info: _, ...broken } = event;
    expect(ocsfProblems({ ...broken, severity_id: 7 })).toEqual(
      expect.arrayContaining(["event.finding_info is required", "event.severity_id=7 not in its enum"]),
    );
  });
});

describe("remediation per finding", () => {
  it("gives only the finding's own cloud's command, with its names filled", () => {
    const [aws, azure] = hostileReport().findings.filter((f) => f.checkId === "storage.public-read");
    expect(remediationFor(aws!).cli).toBe(
      "aws s3api put-public-access-block --bucket evil-bucket --region eu-west-1",
    );
    expect(remediationFor(azure!).cli).toBe(
      "az storage account update --name mlstore --resource-group rg-ml",
    );
  });

  it("shell-quotes a value with shell metacharacters, and leaves unknown placeholders", () => {
    expect(fillPlaceholders("x --name NAME --key KEY_ARN", { NAME: "a'b;$(rm)" })).toBe(
      `x --name 'a'\\''b;$(rm)' --key KEY_ARN`,
    );
    expect(fillPlaceholders("arn:aws:s3:::BUCKET/*", { BUCKET: "b c" })).toBe("arn:aws:s3:::BUCKET/*");
    expect(fillPlaceholders("--bucket LOG_BUCKET", { BUCKET: "b" })).toBe("--bucket LOG_BUCKET");
  });
});
