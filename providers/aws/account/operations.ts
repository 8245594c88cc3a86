import type { AwsOperation } from "../operation.js";

export const ACCOUNT_OPERATIONS: readonly AwsOperation[] = [
  {
    client: "sts",
    operation: "GetCallerIdentity",
    iamAction: "sts:GetCallerIdentity",
    why: "account id of the credentials",
    alwaysReturns: "Account",
  },
  {
    client: "sts",
    operation: "AssumeRole",
    iamAction: "sts:AssumeRole",
    why: "--role-arn, --accounts, --org: temporary read credentials in each account (changes no cloud state)",
    alwaysReturns: "Credentials",
  },
  {
    client: "s3-control",
    operation: "GetPublicAccessBlock",
    iamAction: "s3:GetAccountPublicAccessBlock",
    why: "account-level Block Public Access",
    alwaysReturns: "PublicAccessBlockConfiguration",
  },
];
