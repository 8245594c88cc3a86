// AWS Security Finding Format (SchemaVersion 2018-10-08), as BatchImportFindings takes it. AWS findings only:
// Security Hub files a finding under an AWS account and region. Field limits (Title 256, Description 1024,
// Recommendation.Text 512, RelatedRequirements 32) follow the AwsSecurityFinding API reference.
import type { AwsSecurityFinding } from "@aws-sdk/client-securityhub";
import type { Finding, Report } from "../../model/finding.js";
import { remediationFor } from "../remediation.js";
import { flatRequirements } from "./compliance-ids.js";
import { ASFF_SEVERITY_LABEL } from "./severity-maps.js";

const COMPLIANCE_STATUS = { fail: "FAILED", pass: "PASSED", unknown: "WARNING" } as const;

/** Security Hub regions are real AWS regions; a global resource is filed in the default region. */
export function asffRegion(finding: Finding, fallback = "us-east-1"): string {
  return /^[a-z]{2}(-[a-z]+)+-\d$/.test(finding.region) ? finding.region : fallback;
}

export function asffFinding(finding: Finding, report: Report): AwsSecurityFinding {
  const region = asffRegion(finding);
  const partition = /^arn:([^:]+):/.exec(finding.resource.id)?.[1] ?? "aws";
  const remediation = remediationFor(finding);
  const recommendation = remediation.cli ? `${remediation.text} ${remediation.cli}` : remediation.text;
  const workflow = finding.suppressed ? "SUPPRESSED" : finding.status === "pass" ? "RESOLVED" : "NEW";
  return {
    SchemaVersion: "2018-10-08",
    Id: `aiposture/${finding.id}`,
    ProductArn: `arn:${partition}:securityhub:${region}:${finding.account}:product/${finding.account}/default`,
    ProductName: "aiposture",
    CompanyName: "aiposture",
    GeneratorId: `aiposture/${finding.checkId}`,
    AwsAccountId: finding.account,
    Types: ["Software and Configuration Checks/AWS Security Best Practices"],
    CreatedAt: report.startedAt,
    UpdatedAt: report.finishedAt,
    Severity: { Label: ASFF_SEVERITY_LABEL[finding.severity], Original: finding.severity },
    Title: clip(finding.title, 256),
    Description: clip(finding.message, 1024),
    Remediation: { Recommendation: { Text: clip(recommendation, 512) } },
    ProductFields: {
      "aiposture/CheckId": finding.checkId,
      "aiposture/Category": finding.category,
      "aiposture/Status": finding.status,
    },
    Resources: [
      {
        Type: resourceType(finding.resource.type),
        Id: finding.resource.id,
        Partition: partition as "aws",
        Region: region,
        Details: { Other: { name: clip(finding.resource.name, 1024), type: finding.resource.type } },
      },
    ],
    Compliance: {
      Status: COMPLIANCE_STATUS[finding.status],
      RelatedRequirements: flatRequirements(finding).slice(0, 32),
    },
    Workflow: { Status: workflow },
    RecordState: finding.status === "pass" ? "ARCHIVED" : "ACTIVE",
  };
}

export function asffFindings(report: Report): AwsSecurityFinding[] {
  return report.findings.filter((f) => f.provider === "aws").map((f) => asffFinding(f, report));
}

export function renderAsff(report: Report): string {
  return JSON.stringify(asffFindings(report), null, 2) + "\n";
}

/** Security Hub's own resource types where ours maps one to one; "Other" for the rest. */
function resourceType(type: string): string {
  const known: Record<string, string> = {
    "aws.s3.bucket": "AwsS3Bucket",
    "aws.opensearch.domain": "AwsOpenSearchServiceDomain",
    "aws.sagemaker.notebook-instance": "AwsSageMakerNotebookInstance",
  };
  return known[type] ?? "Other";
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
