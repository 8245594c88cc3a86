// Event-driven re-collection (the Lambda): read only the resources an event names, plus the account-level
// settings their normalizers need, into an ordinary Inventory — so the same normalizers and checks apply.
import pLimit from "p-limit";
import type { AwsScanOptions } from "./options.js";
import { emptyInventory, type Inventory } from "../../src/model/inventory.js";
import { collectAccount, readCallerIdentity } from "./account/collect.js";
import { collectAws } from "./collect.js";
import { homeRegion, partitionOf, type AwsCollectContext } from "./context.js";
import { AWS_OPERATIONS } from "./operations.js";
import { AwsReader } from "./reader.js";
import type { AwsResourceTarget, AwsService } from "./service.js";
import { AWS_SERVICES } from "./services.js";

export type { AwsResourceTarget } from "./service.js";

/**
 * How a target was re-read: the resource alone (its manifest's collectOne); its service in its region (the
 * service's collector, limited to that region); or, for a service with neither, every collector in that region.
 */
export type RecollectionMode = "resource" | "service-region" | "region";

const serviceOf = (id: string): AwsService | undefined => AWS_SERVICES.find((service) => service.id === id);

export function recollectionMode(service: string): RecollectionMode {
  const manifest = serviceOf(service);
  if (manifest?.collectOne) return "resource";
  return manifest?.collect ? "service-region" : "region";
}

/**
 * Reads the targets: identity and the account record, each resource through its hook, each service without
 * one through its collector limited to the target's region, and anything else by a region-limited full read.
 */
export async function collectAwsResources(
  options: AwsScanOptions,
  targets: readonly AwsResourceTarget[],
): Promise<Inventory> {
  const direct = targets.filter((t) => recollectionMode(t.service) === "resource");
  const perService = uniqueBy(
    [
      ...targets.filter((t) => recollectionMode(t.service) === "service-region"),
      ...direct.flatMap((t) => joinedServices(t.service).map((service) => ({ service, region: t.region }))),
    ],
    (t) => `${t.service}:${t.region}`,
  );
  const regionWide = [
    ...new Set(targets.filter((t) => recollectionMode(t.service) === "region").map((t) => t.region)),
  ];

  const inventory = emptyInventory();
  let account = "unknown";
  const reader = new AwsReader(pLimit(options.concurrency), inventory.errors, () => account, AWS_OPERATIONS);
  const partition = partitionOf(targets[0]?.region ?? "us-east-1");
  if (direct.length > 0 || perService.length > 0) {
    const identity = await readCallerIdentity(reader, options, homeRegion(partition));
    account = identity?.Account ?? "unknown";
    const ctx: AwsCollectContext = { account, partition, options, reader, inventory };
    // The account record is one call and some normalizers need it (S3: account-level Block Public Access).
    await Promise.all([
      collectAccount(ctx, identity),
      ...direct.map((t) => serviceOf(t.service)!.collectOne!(ctx, t)),
      ...perService.map((t) =>
        serviceOf(t.service)!.collect!({ ...ctx, options: { ...options, regions: [t.region] } }),
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

/**
 * Services with no asset of their own whose records a service's normalizer joins (Macie's bucket scores for S3):
 * re-read in the target's region, so a re-read resource is judged on the same facts as in a full scan.
 */
function joinedServices(service: string): string[] {
  return (serviceOf(service)?.readsRecordsOf ?? []).filter((id) => {
    const joined = serviceOf(id);
    return joined?.collect !== undefined && joined.assetKinds.length === 0;
  });
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}
