// OCSF 1.5.0 Detection Finding (class_uid 2004, category Findings 2), one JSON object per line. Field names
// and enums follow the OCSF schema's class and object definitions (events/findings/detection_finding.json,
// finding.json, base_event.json; objects finding_info, resource_details, cloud, compliance, remediation).
import type { Finding, Report } from "../../model/finding.js";
import type { Status } from "../../model/severity.js";
import { remediationFor } from "../remediation.js";
import { findingCompliance } from "./compliance-ids.js";
import { OCSF_SEVERITY_ID } from "./severity-maps.js";

export const OCSF_VERSION = "1.5.0";
const CLASS_UID = 2004;
const ACTIVITY_CREATE = 1;

/** compliance.status_id: 1 Pass, 2 Warning (no result for lack of information), 3 Fail. */
const COMPLIANCE_STATUS: Record<Status, { id: number; name: string }> = {
  pass: { id: 1, name: "Pass" },
  unknown: { id: 2, name: "Warning" },
  fail: { id: 3, name: "Fail" },
};

export function renderOcsf(report: Report): string {
  return [...renderOcsfChunks(report)].join("");
}

/** One OCSF Detection Finding per line, a line at a time. */
export function* renderOcsfChunks(report: Report): Generator<string> {
  const time = Date.parse(report.finishedAt);
  for (const finding of report.findings) yield JSON.stringify(ocsfFinding(finding, report, time)) + "\n";
}

export function ocsfFinding(finding: Finding, report: Report, time: number) {
  const remediation = remediationFor(finding);
  const compliance = findingCompliance(finding);
  // Finding lifecycle (status_id): suppressed = 3 Suppressed; a pass is 4 Resolved; failures and unknowns are new.
  const lifecycle = finding.suppressed
    ? { id: 3, name: "Suppressed" }
    : finding.status === "pass"
      ? { id: 4, name: "Resolved" }
      : { id: 1, name: "New" };
  return {
    class_uid: CLASS_UID,
    class_name: "Detection Finding",
    category_uid: 2,
    category_name: "Findings",
    activity_id: ACTIVITY_CREATE,
    activity_name: "Create",
    type_uid: CLASS_UID * 100 + ACTIVITY_CREATE,
    type_name: "Detection Finding: Create",
    time,
    severity_id: OCSF_SEVERITY_ID[finding.severity],
    severity: finding.severity === "info" ? "Informational" : capitalize(finding.severity),
    status_id: lifecycle.id,
    status: lifecycle.name,
    status_code: finding.status.toUpperCase(),
    status_detail: finding.message,
    message: finding.message,
    metadata: {
      version: OCSF_VERSION,
      product: { name: "aiposture", vendor_name: "aiposture", version: report.tool.version },
      event_code: finding.checkId,
    },
    finding_info: {
      uid: finding.id,
      title: finding.title,
      desc: finding.message,
      types: [finding.category],
      created_time: time,
    },
    cloud: {
      provider: finding.provider === "aws" ? "AWS" : "Azure",
      region: finding.region,
      account: { uid: finding.account, type_id: finding.provider === "aws" ? 10 : 13 },
    },
    resources: [
      {
        uid: finding.resource.id,
        name: finding.resource.name,
        type: finding.resource.type,
        region: finding.region,
        ...(finding.dataClassification
          ? { labels: [`data-classification:${finding.dataClassification}`] }
          : {}),
      },
    ],
    compliance: {
      standards: Object.keys(compliance),
      requirements: Object.entries(compliance).flatMap(([framework, ids]) =>
        ids.map((id) => `${framework}:${id}`),
      ),
      control: finding.checkId,
      status_id: COMPLIANCE_STATUS[finding.status].id,
      status: COMPLIANCE_STATUS[finding.status].name,
    },
    remediation: {
      desc: remediation.cli ? `${remediation.text}\n${remediation.cli}` : remediation.text,
    },
    unmapped: { evidence: finding.evidence, sources: finding.sources },
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
