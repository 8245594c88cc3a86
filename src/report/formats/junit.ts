// JUnit XML for CI test reporters: one testsuite per check, one testcase per check × resource. A failure is a
// <failure>, an unknown an <error> (the check could not run to a verdict), a suppressed failure <skipped>.
import type { Finding, Report } from "../../model/finding.js";
import { remediationFor } from "../remediation.js";
import { xmlEscape } from "./xml.js";

export function renderJunit(report: Report): string {
  const byCheck = new Map<string, Finding[]>();
  for (const finding of report.findings) {
    const list = byCheck.get(finding.checkId) ?? [];
    list.push(finding);
    byCheck.set(finding.checkId, list);
  }
  const suites = [...byCheck.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([checkId, findings]) => suite(checkId, findings, report));
  const count = (pick: (f: Finding) => boolean) => report.findings.filter(pick).length;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="aiposture" tests="${report.findings.length}" failures="${count(isFailure)}" errors="${count((f) => f.status === "unknown")}" skipped="${count(isSkipped)}">`,
    ...suites,
    `</testsuites>`,
    "",
  ].join("\n");
}

function isFailure(f: Finding): boolean {
  return f.status === "fail" && !f.suppressed;
}
function isSkipped(f: Finding): boolean {
  return f.status === "fail" && Boolean(f.suppressed);
}

function suite(checkId: string, findings: Finding[], report: Report): string {
  const attrs = [
    `name="${xmlEscape(checkId)}"`,
    `tests="${findings.length}"`,
    `failures="${findings.filter(isFailure).length}"`,
    `errors="${findings.filter((f) => f.status === "unknown").length}"`,
    `skipped="${findings.filter(isSkipped).length}"`,
    `timestamp="${xmlEscape(report.startedAt.replace(/\.\d+Z$/, ""))}"`,
  ].join(" ");
  return [`  <testsuite ${attrs}>`, ...findings.map(testcase), `  </testsuite>`].join("\n");
}

function testcase(finding: Finding): string {
  const open = `    <testcase classname="${xmlEscape(finding.checkId)}" name="${xmlEscape(`${finding.resource.name} (${finding.resource.id})`)}">`;
  const remediation = remediationFor(finding);
  const body = [finding.message, "", remediation.text, remediation.cli ?? ""].join("\n").trim();
  const message = xmlEscape(`${finding.severity}: ${finding.message}`);
  if (isSkipped(finding))
    return `${open}<skipped message="${xmlEscape(`suppressed by ${finding.suppressed?.owner}: ${finding.suppressed?.reason}`)}"/></testcase>`;
  if (finding.status === "fail")
    return `${open}<failure message="${message}" type="${finding.severity}">${xmlEscape(body)}</failure></testcase>`;
  if (finding.status === "unknown")
    return `${open}<error message="${message}" type="unknown">${xmlEscape(body)}</error></testcase>`;
  return `${open}</testcase>`;
}
