import { AWS_OPERATIONS } from "../operations.js";
import type { LimitFunction } from "p-limit";
import type { AwsScanOptions } from "../options.js";
import type { CollectionError } from "../../../src/model/inventory.js";
import { readCallerIdentity } from "../account/collect.js";
import { homeRegion, partitionOf } from "../context.js";
import { AwsReader } from "../reader.js";
import { assumeRole } from "./assume-role.js";
import { listOrganizationAccounts } from "./organization.js";
import { roleArnParts, singleAccountOptions } from "./options.js";

/** Who the scan runs as, and which accounts it reads. */
export interface ResolvedAccounts {
  /** Single-account options holding the caller's credentials (after the --role-arn hop, if any). */
  caller: AwsScanOptions;
  /** The caller's own account: read with the caller's credentials, no AssumeRole. Undefined if unknown. */
  callerAccount: string | undefined;
  partition: string;
  /** Home region of the partition: STS and Organizations calls go there. */
  region: string;
  /** Account ids to read, without duplicates, in the order asked or listed. */
  targets: string[];
  /** Only --role-arn: the target is the role's own account, read with the role's credentials. */
  roleOnly: boolean;
}

/**
 * The --role-arn hop, the caller's identity, then the accounts: --accounts as given, --org from Organizations
 * (ACTIVE only), or the role's own account. Failures are error entries in `errors`; undefined means nothing
 * can be read (the --role-arn hop failed).
 */
export async function resolveAccounts(
  options: AwsScanOptions,
  limit: LimitFunction,
  errors: CollectionError[],
): Promise<ResolvedAccounts | undefined> {
  const hop = options.roleArn ? roleArnParts(options.roleArn) : undefined;
  const partition = hop?.partition ?? partitionOf(options.regions?.[0] ?? "us-east-1");
  const region = homeRegion(partition);
  const progress = options.onProgress;

  let caller = singleAccountOptions(options, undefined);
  if (options.roleArn) {
    const label = hop?.account ?? "unknown";
    const credentials = await assumeRole(
      new AwsReader(limit, errors, () => label, AWS_OPERATIONS),
      errors,
      caller,
      {
        roleArn: options.roleArn,
        account: label,
        region,
        ...(options.externalId ? { externalId: options.externalId } : {}),
      },
    );
    if (!credentials) return undefined;
    caller = singleAccountOptions(options, credentials);
    progress?.(`aws: assumed ${options.roleArn}`);
  }

  let callerLabel = hop?.account ?? "unknown";
  const identityReader = new AwsReader(limit, errors, () => callerLabel, AWS_OPERATIONS);
  const identity = await readCallerIdentity(identityReader, caller, region);
  const callerAccount = identity?.Account ?? hop?.account;
  callerLabel = callerAccount ?? "unknown";

  let targets: string[];
  if (options.accounts?.length) {
    targets = options.accounts;
  } else if (options.org) {
    const listed = await listOrganizationAccounts(
      new AwsReader(limit, errors, () => callerLabel, AWS_OPERATIONS),
      errors,
      {
        account: callerLabel,
        options: caller,
        region,
      },
    );
    targets = listed.active;
    const skipped = listed.skipped.map((s) => `${s.id} ${s.state}`).join(", ");
    progress?.(
      `aws: organization lists ${listed.active.length} ACTIVE accounts${skipped ? ` (not read: ${skipped})` : ""}` +
        (listed.complete ? "" : "; the list is partial, see the coverage gaps"),
    );
  } else {
    targets = [callerLabel];
  }
  return {
    caller,
    callerAccount,
    partition,
    region,
    targets: [...new Set(targets)],
    roleOnly: !options.accounts?.length && !options.org,
  };
}
