import pLimit, { type LimitFunction } from "p-limit";
import type { CollectOptions } from "../../src/engine/provider.js";
import { emptyInventory, type Inventory } from "../../src/model/inventory.js";
import { collectAccount, readCallerIdentity } from "./account/collect.js";
import { collectAwsAccounts } from "./accounts/fan-out.js";
import { isMultiAccount } from "./accounts/options.js";
import { homeRegion, partitionOf, type AwsCollectContext } from "./context.js";
import { AwsReader } from "./reader.js";
import { collectS3 } from "./s3/collect.js";
import { collectOpenSearch } from "./opensearch/collect.js";
import { collectOpenSearchServerless } from "./opensearch-serverless/collect.js";
import { collectGuardDuty } from "./guardduty/collect.js";
import { collectBedrock } from "./bedrock/collect.js";
import { collectSageMaker } from "./sagemaker/collect.js";

/** Collectors per service; later services add one line each. */
const SERVICE_COLLECTORS: Array<(ctx: AwsCollectContext) => Promise<void>> = [
  collectS3,
  collectBedrock,
  collectGuardDuty,
  collectOpenSearch,
  collectOpenSearchServerless,
  collectSageMaker,
];

/** The account the credentials are in, or with --role-arn / --accounts / --org every account asked for. */
export async function collectAws(options: CollectOptions): Promise<Inventory> {
  if (isMultiAccount(options)) return collectAwsAccounts(options, collectAwsAccount);
  return collectAwsAccount(options, pLimit(options.concurrency));
}

/** Reads one AWS account: identity first (for ARNs), then every service concurrently under one call bound. */
export async function collectAwsAccount(options: CollectOptions, limit: LimitFunction): Promise<Inventory> {
  const inventory = emptyInventory();
  let account = "unknown";
  const reader = new AwsReader(limit, inventory.errors, () => account);
  const partition = partitionOf(options.regions?.[0] ?? "us-east-1");
  const identity = await readCallerIdentity(reader, options, homeRegion(partition));
  account = identity?.Account ?? "unknown";

  const ctx: AwsCollectContext = { account, partition, options, reader, inventory };
  await Promise.all([collectAccount(ctx, identity), ...SERVICE_COLLECTORS.map((collect) => collect(ctx))]);
  inventory.scopes.push({
    provider: "aws",
    account,
    regions:
      options.regions ??
      [...new Set(inventory.records.map((r) => r.region).filter((r) => r !== "global"))].sort(),
  });
  return inventory;
}
