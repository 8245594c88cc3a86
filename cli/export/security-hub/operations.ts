// The one write aiposture makes, and only when asked: importing its findings into the customer's Security Hub.
// Kept apart from the scanner's read-only operations list (providers/aws/operations.ts) so the scanning role
// never gains it; `aiposture export security-hub --policy` prints the policy generated from this list.
import type { AwsOperation } from "../../../providers/aws/operation.js";

/** BatchImportFindings takes at most 100 findings per call. */
export const MAX_BATCH = 100;

export const SECURITY_HUB_EXPORT_OPERATIONS: readonly AwsOperation[] = [
  {
    client: "@aws-sdk/client-securityhub",
    operation: "BatchImportFindings",
    iamAction: "securityhub:BatchImportFindings",
    why: "import aiposture's findings (ASFF) into Security Hub",
  },
];

/** Least privilege for the export: import only, and only under the account's own default product. */
export function securityHubExportPolicy(
  operations: readonly AwsOperation[] = SECURITY_HUB_EXPORT_OPERATIONS,
) {
  return {
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "AiPostureSecurityHubImport",
        Effect: "Allow",
        Action: [...new Set(operations.map((op) => op.iamAction))].sort(),
        Resource: "arn:aws:securityhub:*:*:product/*/default",
      },
    ],
  };
}
