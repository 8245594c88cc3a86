// Event-driven re-collection (the Lambda): read only the resources an event names, plus the account-level
// settings their normalizers need, into an ordinary Inventory — so the same normalizers and checks apply.
import pLimit from "p-limit";
import type { CollectOptions } from "../../src/engine/provider.js";
import { emptyInventory, type Inventory } from "../../src/model/inventory.js";
import { collectAccount, readCallerIdentity } from "./account/collect.js";
import { collectAws } from "./collect.js";
import { homeRegion, partitionOf, type AwsCollectContext } from "./context.js";
import { AwsReader } from "./reader.js";
import { collectBedrock } from "./bedrock/collect.js";
import { collectOneDomain, collectOpenSearch } from "./opensearch/collect.js";
import { collectOneBucket } from "./s3/collect.js";
import { collectSageMaker } from "./sagemaker/collect.js";

/** One resource to re-read: its service (as in the Lambda's routing table), region and name. */
export interface AwsResourceTarget {
  service: string;
  region: string;
  /** Bucket name, domain name, endpoint name, …; absent for region-wide settings (Bedrock logging). */
  name?: string;
}

/**
 * How a target was re-read: the resource alone; its service in its region (the service's collector, limited to
 * that region, because it has no single-resource hook yet); or, for a service without either, every collector
 * in that region.
 */
export type RecollectionMode = "resource" | "service-region" | "region";

type OneResource = (ctx: AwsCollectContext, target: AwsResourceTarget) => Promise<void>;

/**
 * Single-resource hooks per service. A service without one is re-read region-wide (every collector, that
 * region only) and the caller filters assets: correct, but costlier. When a collector exposes a
 * collectOne<Thing>(ctx, name), add one line here.
 */
const ONE_RESOURCE: Record<string, OneResource> = {
  s3: async (ctx, target) => {
    if (target.name) await collectOneBucket(ctx, target.name);
  },
  opensearch: async (ctx, target) => {
    if (target.name) await collectOneDomain(ctx, target.region, target.name);
  },
};

/** Service collectors to run in the target's region when there is no single-resource hook. */
const SERVICE_IN_REGION: Record<string, (ctx: AwsCollectContext) => Promise<void>> = {
  opensearch: collectOpenSearch,
  sagemaker: collectSageMaker,
  bedrock: collectBedrock,
};

export function recollectionMode(service: string): RecollectionMode {
  if (ONE_RESOURCE[service]) return "resource";
  return SERVICE_IN_REGION[service] ? "service-region" : "region";
}

/**
 * Reads the targets: identity and the account record, each resource through its hook, each service without
 * one through its collector limited to the target's region, and anything else by a region-limited full read.
 */
export async function collectAwsResources(
  options: CollectOptions,
  targets: readonly AwsResourceTarget[],
): Promise<Inventory> {
  const direct = targets.filter((t) => recollectionMode(t.service) === "resource");
  const perService = uniqueBy(
    targets.filter((t) => recollectionMode(t.service) === "service-region"),
    (t) => `${t.service}:${t.region}`,
  );
  const regionWide = [
    ...new Set(targets.filter((t) => recollectionMode(t.service) === "region").map((t) => t.region)),
  ];

  const inventory = emptyInventory();
  let account = "unknown";
  const reader = new AwsReader(pLimit(options.concurrency), inventory.errors, () => account);
  const partition = partitionOf(targets[0]?.region ?? "us-east-1");
  if (direct.length > 0 || perService.length > 0) {
    const identity = await readCallerIdentity(reader, options, homeRegion(partition));
    account = identity?.Account ?? "unknown";
    const ctx: AwsCollectContext = { account, partition, options, reader, inventory };
    // The account record is one call and some normalizers need it (S3: account-level Block Public Access).
    await Promise.all([
      collectAccount(ctx, identity),
      ...direct.map((t) => ONE_RESOURCE[t.service]!(ctx, t)),
      ...perService.map((t) =>
        SERVICE_IN_REGION[t.service]!({ ...ctx, options: { ...options, regions: [t.region] } }),
      ),
    ]);
    inventory.scopes.push({
      provider: "aws",
      account,
      regions: [...new Set([...direct, ...perService].map((t) => t.region))].sort(),
    });
  }
  const wide = await Promise.all(regionWide.map((region) => collectAws({ ...options, regions: [region] })));
  for (const part of wide) {
    inventory.scopes.push(...part.scopes);
    inventory.errors.push(...part.errors);
    // Keep one account record.
    const haveAccount = inventory.records.some((r) => r.resourceType === "aws.account");
    inventory.records.push(...part.records.filter((r) => !(haveAccount && r.resourceType === "aws.account")));
  }
  return inventory;
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}
