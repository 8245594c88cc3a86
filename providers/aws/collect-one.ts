// Event-driven re-collection (the Lambda): read only the resources an event names, plus the account-level
// settings their normalizers need, into an ordinary Inventory — so the same normalizers and checks apply.
import pLimit from "p-limit";
import type { CollectOptions } from "../../src/engine/provider.js";
import { emptyInventory, type Inventory } from "../../src/model/inventory.js";
import { collectAccount, readCallerIdentity } from "./account/collect.js";
import { collectAws } from "./collect.js";
import { homeRegion, partitionOf, type AwsCollectContext } from "./context.js";
import { AwsReader } from "./reader.js";
import { collectOneBucket } from "./s3/collect.js";

/** One resource to re-read: its service (as in the Lambda's routing table), region and name. */
export interface AwsResourceTarget {
  service: string;
  region: string;
  /** Bucket name, domain name, endpoint name, …; absent for region-wide settings (Bedrock logging). */
  name?: string;
}

/** How a target was re-read: the resource alone, or its whole service in its region (no single hook yet). */
export type RecollectionMode = "resource" | "region";

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
};

/** Services whose normalizers need the account record (S3: account-level Block Public Access). */
const NEEDS_ACCOUNT = new Set(["s3"]);

export function recollectionMode(service: string): RecollectionMode {
  return ONE_RESOURCE[service] ? "resource" : "region";
}

/**
 * Reads the targets: identity, the account record when a target's checks need it, each resource through its
 * hook; targets without a hook fall back to a region-limited full read (one per region, shared).
 */
export async function collectAwsResources(
  options: CollectOptions,
  targets: readonly AwsResourceTarget[],
): Promise<Inventory> {
  const direct = targets.filter((t) => ONE_RESOURCE[t.service]);
  const regionWide = [...new Set(targets.filter((t) => !ONE_RESOURCE[t.service]).map((t) => t.region))];

  const inventory = emptyInventory();
  let account = "unknown";
  const reader = new AwsReader(pLimit(options.concurrency), inventory.errors, () => account);
  const partition = partitionOf(direct[0]?.region ?? regionWide[0] ?? "us-east-1");
  if (direct.length > 0) {
    const identity = await readCallerIdentity(reader, options, homeRegion(partition));
    account = identity?.Account ?? "unknown";
    const ctx: AwsCollectContext = { account, partition, options, reader, inventory };
    const needsAccount = direct.some((t) => NEEDS_ACCOUNT.has(t.service));
    await Promise.all([
      ...(needsAccount ? [collectAccount(ctx, identity)] : []),
      ...direct.map((t) => ONE_RESOURCE[t.service]!(ctx, t)),
    ]);
    inventory.scopes.push({
      provider: "aws",
      account,
      regions: [...new Set(direct.map((t) => t.region))].sort(),
    });
  }
  const wide = await Promise.all(regionWide.map((region) => collectAws({ ...options, regions: [region] })));
  for (const part of wide) {
    inventory.scopes.push(...part.scopes);
    inventory.errors.push(...part.errors);
    // The account record is already there when a direct target needed it; keep one.
    const haveAccount = inventory.records.some((r) => r.resourceType === "aws.account");
    inventory.records.push(...part.records.filter((r) => !(haveAccount && r.resourceType === "aws.account")));
  }
  return inventory;
}
