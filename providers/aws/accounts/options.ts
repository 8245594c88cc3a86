// What "beyond one account" means in AwsScanOptions, and the names it uses in each member account.
import type { AwsScanOptions, StaticCredentials } from "../options.js";

/** The role assumed in each member account unless --role-name says otherwise (see docs/organizations.md). */
export const DEFAULT_ROLE_NAME = "AiPostureReadOnly";
/** RoleSessionName on every AssumeRole: what CloudTrail in the member account shows as the session. */
export const SESSION_NAME = "aiposture";
/** Accounts read at once unless accountConcurrency says otherwise; calls stay under the one global bound. */
export const DEFAULT_ACCOUNT_CONCURRENCY = 4;

export const ACCOUNT_ID = /^\d{12}$/;
export const ROLE_ARN = /^arn:(aws[\w-]*):iam::(\d{12}):role\/(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;

/** Whether the scan goes beyond the account the credentials are in. */
export function isMultiAccount(options: AwsScanOptions): boolean {
  return Boolean(options.roleArn || options.accounts?.length || options.org);
}

/** The role to enter in a member account; a role name with a path ("audit/Reader") keeps it. */
export function memberRoleArn(partition: string, account: string, roleName = DEFAULT_ROLE_NAME): string {
  return `arn:${partition}:iam::${account}:role/${roleName.replace(/^\/+/, "")}`;
}

export function roleArnParts(arn: string): { partition: string; account: string } | undefined {
  const match = ROLE_ARN.exec(arn);
  return match ? { partition: match[1] as string, account: match[2] as string } : undefined;
}

/**
 * Options for reading one account with the given credentials: no profile (the credentials win), and none of
 * the multi-account fields, so the account's collectors see a plain single-account scan.
 */
export function singleAccountOptions(
  options: AwsScanOptions,
  credentials: StaticCredentials | undefined,
): AwsScanOptions {
  const {
    roleArn: _roleArn,
    accounts: _accounts,
    org: _org,
    roleName: _roleName,
    externalId: _externalId,
    accountConcurrency: _accountConcurrency,
    ...rest
  } = options;
  if (!credentials) return rest;
  const { profile: _profile, ...withoutProfile } = rest;
  return { ...withoutProfile, credentials };
}
