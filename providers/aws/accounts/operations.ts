import type { AwsOperation } from "../operation.js";

export const ORGANIZATION_OPERATIONS: readonly AwsOperation[] = [
  {
    client: "organizations",
    operation: "ListAccounts",
    iamAction: "organizations:ListAccounts",
    why: "--org: the organization's accounts (management or delegated-administrator account)",
    alwaysReturns: "Accounts",
  },
];
