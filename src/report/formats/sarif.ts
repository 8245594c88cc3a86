// SARIF 2.1.0 (OASIS): one run, rules = the checks behind the results (help = remediation), one result per
// failure or unknown, located logically at the resource id, partialFingerprints = our stable fingerprint so
// code-scanning dashboards track a finding across runs. Passes are left out (they are not alerts).
import type { Finding, Report } from "../../model/finding.js";
import { remediationFor } from "../remediation.js";
import { flatRequirements } from "./compliance-ids.js";
import { SARIF_LEVEL, SECURITY_SEVERITY } from "./severity-maps.js";
import { jsonChunks, STREAMED_ARRAY } from "../json-stream.js";

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

export function renderSarif(report: Report): string {
  return [...renderSarifChunks(report)].join("");
}

/** The log with its results written one by one (rules, once per check, come first). */
export function* renderSarifChunks(report: Report): Generator<string> {
  const shown = report.findings.filter((f) => f.status !== "pass");
  const rules = new Map<string, Finding>();
  for (const finding of shown) if (!rules.has(finding.checkId)) rules.set(finding.checkId, finding);
  const ruleIndex = new Map([...rules.keys()].map((id, index) => [id, index]));
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "aiposture",
            version: report.tool.version,
            informationUri: "https://www.npmjs.com/package/aiposture",
            rules: [...rules.values()].map(rule),
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            startTimeUtc: report.startedAt,
            endTimeUtc: report.finishedAt,
            toolExecutionNotifications: report.errors.map((error) => ({
              level: "warning",
              message: {
                text: `Could not read ${[error.provider, error.account, error.region, error.service, error.operation, error.resource].filter(Boolean).join(" ")}: ${error.code}`,
              },
            })),
          },
        ],
        results: STREAMED_ARRAY,
      },
    ],
  };
  yield* jsonChunks(
    log,
    (function* () {
      for (const finding of shown) yield result(finding, ruleIndex.get(finding.checkId) ?? 0);
    })(),
  );
}

function rule(finding: Finding) {
  const help = finding.remediation.text;
  return {
    id: finding.checkId,
    shortDescription: { text: finding.title },
    fullDescription: { text: finding.title },
    help: { text: help, markdown: help },
    defaultConfiguration: { level: SARIF_LEVEL[finding.severity] },
    properties: {
      tags: ["security", finding.category, ...flatRequirements(finding)],
      "security-severity": SECURITY_SEVERITY[finding.severity],
      precision: "high",
    },
  };
}

function result(finding: Finding, ruleIndex: number) {
  const remediation = remediationFor(finding);
  const failed = finding.status === "fail";
  return {
    ruleId: finding.checkId,
    ruleIndex,
    // SARIF: a result whose kind is not "fail" has level "none".
    kind: failed ? "fail" : "review",
    level: failed ? SARIF_LEVEL[finding.severity] : "none",
    message: { text: finding.message },
    locations: [
      {
        logicalLocations: [
          { name: finding.resource.name, fullyQualifiedName: finding.resource.id, kind: "resource" },
        ],
      },
    ],
    partialFingerprints: { "aiposture/v1": finding.id },
    ...(finding.suppressed
      ? { suppressions: [{ kind: "external", status: "accepted", justification: finding.suppressed.reason }] }
      : {}),
    properties: {
      severity: finding.severity,
      provider: finding.provider,
      account: finding.account,
      region: finding.region,
      resourceType: finding.resource.type,
      ...(remediation.cli ? { remediationCommand: remediation.cli } : {}),
    },
  };
}
