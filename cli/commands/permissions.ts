import type { AwsOperation } from "../../providers/aws/operations.js";
import { DEFAULT_ROLE_NAME } from "../../providers/aws/accounts/options.js";

/** Calls the scanning side of a multi-account scan makes; a member account's role never needs them. */
const SCANNER_SIDE = new Set(["sts:AssumeRole", "organizations:ListAccounts"]);

export interface IamPolicyOptions {
  /** Add what the account running --org / --accounts / --role-arn needs: AssumeRole and ListAccounts. */
  multiAccount?: boolean;
  /** The member-account role AssumeRole may enter (name, optionally with a path). */
  roleName?: string;
}

/**
 * The least-privilege IAM policy, generated from the one list of operations the tool calls: the reads on "*"
 * (what a scanned account's role needs), and with multiAccount the scanner-side calls in their own statements,
 * AssumeRole scoped to the member role as the CDK stack scopes it.
 */
export function iamPolicy(operations: readonly AwsOperation[], options: IamPolicyOptions = {}) {
  const actions = (keep: (action: string) => boolean) =>
    [...new Set(operations.map((op) => op.iamAction))].filter(keep).sort();
  const listed = new Set(operations.map((op) => op.iamAction));
  const role = (options.roleName ?? DEFAULT_ROLE_NAME).replace(/^\/+/, "");
  return {
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "AiPostureReadOnly",
        Effect: "Allow",
        Action: actions((a) => !SCANNER_SIDE.has(a)),
        Resource: "*",
      },
      ...(options.multiAccount && listed.has("sts:AssumeRole")
        ? [
            {
              Sid: "AssumeScanRoleInMemberAccounts",
              Effect: "Allow",
              Action: ["sts:AssumeRole"],
              Resource: `arn:aws:iam::*:role/${role}`,
            },
          ]
        : []),
      // ListAccounts has no resource type (Service Authorization Reference: AWS Organizations), so "*" is the
      // only resource it takes; it is granted only where the organization is listed.
      ...(options.multiAccount && listed.has("organizations:ListAccounts")
        ? [
            {
              Sid: "ListOrganizationAccounts",
              Effect: "Allow",
              Action: ["organizations:ListAccounts"],
              Resource: "*",
            },
          ]
        : []),
    ],
  };
}
