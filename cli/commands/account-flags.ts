// Flags that take an AWS scan beyond one account: --role-arn, --accounts, --org (docs/organizations.md).
import { InvalidArgumentError, Option, type Command } from "commander";
import type { CollectOptions } from "../../src/engine/provider.js";
import { parseList, parsePositiveInt } from "../options.js";

export interface AccountFlags {
  roleArn?: string;
  accounts?: string[];
  org?: boolean;
  roleName?: string;
  externalId?: string;
  accountConcurrency?: number;
}

const ROLE_ARN = /^arn:aws[\w-]*:iam::\d{12}:role\/(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;
const ROLE_NAME = /^(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;
/** sts:ExternalId: 2–1224 characters of [\w+=,.@:/-] (STS API Reference, AssumeRole). */
const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;

export function parseAccountIds(value: string): string[] {
  const ids = parseList(value);
  const bad = ids.filter((id) => !/^\d{12}$/.test(id));
  if (bad.length > 0) throw new InvalidArgumentError(`not a 12-digit AWS account id: ${bad.join(", ")}`);
  return [...new Set(ids)];
}

function matching(pattern: RegExp, what: string) {
  return (value: string): string => {
    if (pattern.test(value)) return value;
    throw new InvalidArgumentError(`expected ${what}`);
  };
}

export function addAccountOptions(command: Command): Command {
  return command
    .addOption(
      new Option(
        "--role-arn <arn>",
        "assume this IAM role first (then scan its account, or hop on from it)",
      ).argParser(
        matching(ROLE_ARN, "an IAM role ARN like arn:aws:iam::111122223333:role/AiPostureReadOnly"),
      ),
    )
    .addOption(
      new Option("--accounts <ids>", "comma-separated AWS account ids, each read through --role-name")
        .argParser(parseAccountIds)
        .conflicts("org"),
    )
    .addOption(
      new Option("--org", "every ACTIVE account of the AWS organization (management or delegated admin)"),
    )
    .addOption(
      new Option(
        "--role-name <name>",
        "role assumed in each account with --accounts/--org (default AiPostureReadOnly)",
      ).argParser(matching(ROLE_NAME, "an IAM role name, optionally with a path (audit/AiPostureReadOnly)")),
    )
    .addOption(
      new Option("--external-id <id>", "sts:ExternalId passed on every AssumeRole").argParser(
        matching(EXTERNAL_ID, "2 to 1224 characters of letters, digits and +=,.@:/-"),
      ),
    )
    .addOption(
      new Option(
        "--account-concurrency <n>",
        "accounts read at once (calls stay under --concurrency)",
      ).argParser(parsePositiveInt("--account-concurrency", 64)),
    );
}

/** The CollectOptions fields the flags set; empty for a single-account scan. */
export function accountCollectOptions(flags: AccountFlags): Partial<CollectOptions> {
  return {
    ...(flags.roleArn ? { roleArn: flags.roleArn } : {}),
    ...(flags.accounts?.length ? { accounts: flags.accounts } : {}),
    ...(flags.org ? { org: true } : {}),
    ...(flags.roleName ? { roleName: flags.roleName } : {}),
    ...(flags.externalId ? { externalId: flags.externalId } : {}),
    ...(flags.accountConcurrency ? { accountConcurrency: flags.accountConcurrency } : {}),
  };
}
