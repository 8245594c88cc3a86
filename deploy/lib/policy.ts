// The Lambda role's permissions, generated from the lists of operations the code calls: the scanner's reads
// (providers/aws/operations.ts), the Lambda's own operations on its topic and table (src/lambda/operations.ts)
// and on the org-scan results (providers/aws/accounts/org-scan.ts). Nothing else, and no wildcard action.
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { AWS_OPERATIONS } from "../../providers/aws/operations.js";
import { ORG_SCAN_OWN_OPERATIONS } from "../../providers/aws/accounts/org-scan.js";
import { LAMBDA_OWN_OPERATIONS } from "../../runtimes/aws-lambda/operations.js";

export interface PolicyResources {
  /** ARN pattern of the member-account roles the scan assumes, e.g. arn:aws:iam::*:role/AiPostureReadOnly. */
  memberRoleArns: string[];
  topicArn: string;
  tableArn: string;
  /** Objects of the org-scan results bucket: arn:aws:s3:::BUCKET/* */
  resultsObjectsArn: string;
  /** The Lambda's log group ARN as CloudFormation gives it (ending in ":*", so it covers its log streams). */
  logGroupArn: string;
  /** When set, AssumeRole only into roles of accounts of this organization (aws:ResourceOrgID). */
  organizationId?: string;
}

/** Actions that may name a resource narrower than "*"; everything else in the scanner's list is a read on "*". */
const SCOPED_SCANNER_ACTIONS = new Set(["sts:AssumeRole"]);
/** The Lambda runtime's own logging (not a cloud operation of the tool, but the function cannot log without it). */
export const LOG_ACTIONS = ["logs:CreateLogStream", "logs:PutLogEvents"] as const;

/** The Lambda never scans model artifacts (an opt-in of the CLI), so their data-plane read is not granted. */
const CONTROL_PLANE_READS = AWS_OPERATIONS.filter((op) => !op.scopedTo);

const unique = (actions: readonly string[]) => [...new Set(actions)].sort();

/** The scanner's read actions, as `aiposture permissions` prints them, minus the ones scoped separately. */
export function scannerReadActions(): string[] {
  return unique(CONTROL_PLANE_READS.map((op) => op.iamAction).filter((a) => !SCOPED_SCANNER_ACTIONS.has(a)));
}

/** Every action the role grants, for tests and documentation. */
export function allLambdaActions(): string[] {
  return unique([
    ...CONTROL_PLANE_READS.map((op) => op.iamAction),
    ...LAMBDA_OWN_OPERATIONS.map((op) => op.iamAction),
    ...ORG_SCAN_OWN_OPERATIONS.map((op) => op.iamAction),
    ...LOG_ACTIONS,
  ]);
}

export function lambdaPolicyStatements(resources: PolicyResources): PolicyStatement[] {
  const own = (resource: string) =>
    unique(LAMBDA_OWN_OPERATIONS.filter((op) => op.resource === resource).map((op) => op.iamAction));
  return [
    new PolicyStatement({ sid: "ScannerReadOnly", actions: scannerReadActions(), resources: ["*"] }),
    new PolicyStatement({
      sid: "AssumeScanRoleInMemberAccounts",
      actions: ["sts:AssumeRole"],
      resources: resources.memberRoleArns,
      ...(resources.organizationId
        ? { conditions: { StringEquals: { "aws:ResourceOrgID": resources.organizationId } } }
        : {}),
    }),
    new PolicyStatement({
      sid: "PublishAlerts",
      actions: own("alert-topic"),
      resources: [resources.topicArn],
    }),
    new PolicyStatement({ sid: "AlertState", actions: own("state-table"), resources: [resources.tableArn] }),
    new PolicyStatement({
      sid: "ReadOrgScanResults",
      actions: unique(ORG_SCAN_OWN_OPERATIONS.map((op) => op.iamAction)),
      resources: [resources.resultsObjectsArn],
    }),
    new PolicyStatement({
      sid: "WriteOwnLogs",
      actions: [...LOG_ACTIONS],
      resources: [resources.logGroupArn],
    }),
  ];
}
