import { resetRetryBudgets } from "./retry-budget.js";
import { AWS_OPERATIONS } from "./operations.js";
import { sharedCallLimit, type CallLimit } from "../../src/engine/shared-limit.js";
import type { AwsScanOptions } from "./options.js";
import { emptyInventory, type Inventory } from "../../src/model/inventory.js";
import { collectAccount, readCallerIdentity } from "./account/collect.js";
import { collectAwsAccounts } from "./accounts/fan-out.js";
import { isMultiAccount } from "./accounts/options.js";
import { homeRegion, partitionOf, type AwsCollectContext } from "./context.js";
import { AwsReader } from "./reader.js";
import { AWS_SERVICES } from "./services.js";
import { servicesToRead } from "../../src/engine/collection-needs.js";

/** The collectors of the services the selected checks need (all without --checks), in manifest order. */
function serviceCollectors(options: AwsScanOptions) {
  const wanted = servicesToRead(AWS_SERVICES, options.needs);
  return AWS_SERVICES.flatMap((service) =>
    service.collect && wanted.has(service.id) ? [service.collect] : [],
  );
}

/** Second-pass collectors of the wanted services, which read the first pass's records. */
function afterCollectors(options: AwsScanOptions) {
  const wanted = servicesToRead(AWS_SERVICES, options.needs);
  return AWS_SERVICES.flatMap((service) =>
    service.collectAfter && wanted.has(service.id) ? [service.collectAfter] : [],
  );
}

/** The account the credentials are in, or with --role-arn / --accounts / --org every account asked for. */
export async function collectAws(options: AwsScanOptions): Promise<Inventory> {
  // Budgets are shared within a scan, never carried from an earlier one (a drained quota, a reused local port).
  resetRetryBudgets();
  if (isMultiAccount(options)) return collectAwsAccounts(options, collectAwsAccount);
  // Shareable, so a collector may spread its resources over worker threads under the same bound.
  return collectAwsAccount(options, sharedCallLimit(options.concurrency));
}

/** Reads one AWS account: identity first (for ARNs), then every service concurrently under one call bound. */
export async function collectAwsAccount(options: AwsScanOptions, limit: CallLimit): Promise<Inventory> {
  const inventory = emptyInventory();
  let account = "unknown";
  const reader = new AwsReader(limit, inventory.errors, () => account, AWS_OPERATIONS);
  const partition = partitionOf(options.regions?.[0] ?? "us-east-1");
  const identity = await readCallerIdentity(reader, options, homeRegion(partition));
  account = identity?.Account ?? "unknown";

  const ctx: AwsCollectContext = { account, partition, options, reader, inventory };
  await Promise.all([
    collectAccount(ctx, identity),
    ...serviceCollectors(options).map((collect) => collect(ctx)),
  ]);
  await Promise.all(afterCollectors(options).map((collect) => collect(ctx)));
  inventory.scopes.push({
    provider: "aws",
    account,
    regions:
      options.regions ??
      [...new Set(inventory.records.map((r) => r.region).filter((r) => r !== "global"))].sort(),
  });
  return inventory;
}
