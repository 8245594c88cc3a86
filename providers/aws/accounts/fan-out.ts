import { AWS_OPERATIONS } from "../operations.js";
import pLimit, { type LimitFunction } from "p-limit";
import type { AwsScanOptions } from "../options.js";
import { emptyInventory, mergeInventories, type Inventory } from "../../../src/model/inventory.js";
import { AwsReader } from "../reader.js";
import { assumeRole } from "./assume-role.js";
import { DEFAULT_ACCOUNT_CONCURRENCY, memberRoleArn, roleArnParts, singleAccountOptions } from "./options.js";
import { resolveAccounts, type ResolvedAccounts } from "./resolve.js";

/** Reads one account with the credentials in `options`, under the shared call bound `limit`. */
export type CollectOneAccount = (options: AwsScanOptions, limit: LimitFunction) => Promise<Inventory>;

/**
 * --role-arn, --accounts, --org: resolve the accounts, then read each with its own temporary credentials,
 * a few accounts at once, every call under the one global bound. One account's failure (AssumeRole denied, a
 * collector crashing) is an error entry for that account; the others are read regardless. Every account asked
 * for keeps its scope entry (a scope is what was asked for): the run stays comparable with the last one, and
 * the account's error entries keep history from resolving its findings.
 */
export async function collectAwsAccounts(
  options: AwsScanOptions,
  collectOne: CollectOneAccount,
): Promise<Inventory> {
  const own = emptyInventory();
  const limit = pLimit(options.concurrency);
  const resolved = await resolveAccounts(options, limit, own.errors);
  if (!resolved) {
    // The --role-arn hop failed: the accounts asked for (as far as known without the hop) are all gaps.
    const hop = options.roleArn ? roleArnParts(options.roleArn)?.account : undefined;
    const asked = options.accounts?.length ? options.accounts : options.org || !hop ? [] : [hop];
    for (const account of asked) withScope(own, account, options);
    return own;
  }
  options.onProgress?.(`aws: reading ${resolved.targets.length} accounts`);

  const accountLimit = pLimit(options.accountConcurrency ?? DEFAULT_ACCOUNT_CONCURRENCY);
  const parts = await Promise.all(
    resolved.targets.map((account) =>
      accountLimit(() => collectMember(options, resolved, account, limit, collectOne)),
    ),
  );
  return mergeInventories([own, ...parts]);
}

async function collectMember(
  options: AwsScanOptions,
  resolved: ResolvedAccounts,
  account: string,
  limit: LimitFunction,
  collectOne: CollectOneAccount,
): Promise<Inventory> {
  const inventory = emptyInventory();
  try {
    let memberOptions = resolved.caller;
    if (!resolved.roleOnly && account !== resolved.callerAccount) {
      const roleArn = memberRoleArn(resolved.partition, account, options.roleName);
      const credentials = await assumeRole(
        new AwsReader(limit, inventory.errors, () => account, AWS_OPERATIONS),
        inventory.errors,
        resolved.caller,
        {
          roleArn,
          account,
          region: resolved.region,
          ...(options.externalId ? { externalId: options.externalId } : {}),
        },
      );
      if (!credentials) {
        options.onProgress?.(`aws ${account}: could not assume ${roleArn}; the account is a coverage gap`);
        return withScope(inventory, account, options);
      }
      memberOptions = singleAccountOptions(options, credentials);
    }
    return mergeInventories([inventory, await collectOne(memberOptions, limit)]);
  } catch (error) {
    // A collector bug in one account must not end the scan of the others.
    inventory.errors.push({
      provider: "aws",
      account,
      service: "*",
      operation: "collect",
      code: error instanceof Error ? error.name : "Error",
      message: error instanceof Error ? error.message : String(error),
    });
    return withScope(inventory, account, options);
  }
}

/** The scope of an account that was asked for but not (fully) read; its error entries say why. */
function withScope(inventory: Inventory, account: string, options: AwsScanOptions): Inventory {
  inventory.scopes.push({ provider: "aws", account, regions: options.regions ?? [] });
  return inventory;
}
