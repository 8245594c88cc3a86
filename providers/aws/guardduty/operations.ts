import type { AwsOperation } from "../operation.js";

export const GUARDDUTY_OPERATIONS: readonly AwsOperation[] = [
  {
    client: "guardduty",
    operation: "ListDetectors",
    iamAction: "guardduty:ListDetectors",
    why: "whether GuardDuty is on in a region (its detector)",
    alwaysReturns: "DetectorIds",
  },
  {
    client: "guardduty",
    operation: "GetDetector",
    iamAction: "guardduty:GetDetector",
    why: "detector status and protection plans (S3 Protection, AI Protection)",
    alwaysReturns: "Status",
  },
  {
    client: "guardduty",
    operation: "ListFindings",
    iamAction: "guardduty:ListFindings",
    why: "ids of open GuardDuty findings, to merge with our checks",
    alwaysReturns: "FindingIds",
  },
  {
    client: "guardduty",
    operation: "GetFindings",
    iamAction: "guardduty:GetFindings",
    why: "GuardDuty findings (type, severity, resources), 50 per call",
    alwaysReturns: "Findings",
  },

  {
    client: "guardduty",
    operation: "ListMalwareProtectionPlans",
    iamAction: "guardduty:ListMalwareProtectionPlans",
    why: "Malware Protection for S3 plans in a region (they need no detector)",
    alwaysReturns: "MalwareProtectionPlans",
  },
  {
    client: "guardduty",
    operation: "GetMalwareProtectionPlan",
    iamAction: "guardduty:GetMalwareProtectionPlan",
    why: "which bucket a Malware Protection for S3 plan scans, and its status",
  },
];
