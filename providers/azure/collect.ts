import pLimit from "p-limit";
import type { CollectOptions } from "../../src/engine/provider.js";
import { emptyInventory, type Inventory } from "../../src/model/inventory.js";
import { ArmRestClient } from "./arm-rest.js";
import { openArmConnection } from "./clients.js";
import type { AzureCollectContext, AzureServiceCollector } from "./context.js";
import { errorCode, errorMessage } from "./reader.js";
import { AzureReader } from "./reader.js";
import { UnlistedOperationError } from "./guard.js";
import { collectSearch, SEARCH_SERVICE } from "./search/collect.js";
import { collectStorage, STORAGE_SERVICE } from "./storage/collect.js";
import { collectDefender } from "./defender/collect.js";
import { DEFENDER_SERVICE } from "./defender/names.js";
import { listSubscriptions } from "./subscriptions.js";
import { collectCognitive, COGNITIVE_SERVICE } from "./cognitive/collect.js";
import { collectMachineLearning, ML_SERVICE } from "./machinelearning/collect.js";

/** Collectors per service; a new Azure service adds one line. */
const SERVICE_COLLECTORS: ReadonlyArray<{ service: string; collect: AzureServiceCollector }> = [
  { service: STORAGE_SERVICE, collect: collectStorage },
  { service: SEARCH_SERVICE, collect: collectSearch },
  { service: DEFENDER_SERVICE, collect: collectDefender },
  { service: COGNITIVE_SERVICE, collect: collectCognitive },
  { service: ML_SERVICE, collect: collectMachineLearning },
];

/**
 * Reads Azure: the given subscriptions, or every one the identity can list; each subscription's services
 * concurrently, all calls under one bound. A subscription that fails (denied, throttled past retries) leaves
 * error entries for itself only; the others are read as usual.
 */
export async function collectAzure(options: CollectOptions): Promise<Inventory> {
  const inventory = emptyInventory();
  const reader = new AzureReader(pLimit(options.concurrency), inventory.errors);
  const arm = openArmConnection(options);
  try {
    const rest = new ArmRestClient(arm);
    const subscriptions = options.subscriptions ?? (await listSubscriptions(reader, arm));
    options.onProgress?.(`azure: ${subscriptions.length} subscription(s)`);
    await Promise.all(
      subscriptions.map((subscriptionId) =>
        collectSubscription({ subscriptionId, options, reader, arm, rest, inventory }),
      ),
    );
  } finally {
    arm.close();
  }
  return inventory;
}

async function collectSubscription(ctx: AzureCollectContext): Promise<void> {
  await Promise.all(
    SERVICE_COLLECTORS.map(async ({ service, collect }) => {
      try {
        await collect(ctx);
      } catch (error) {
        // A listed operation failing is already an error entry; this is a collector that threw.
        if (error instanceof UnlistedOperationError) throw error;
        ctx.inventory.errors.push({
          provider: "azure",
          account: ctx.subscriptionId,
          service,
          operation: "collect",
          code: errorCode(error),
          message: errorMessage(error),
        });
      }
    }),
  );
  const regions = ctx.inventory.records
    .filter((r) => r.provider === "azure" && r.account === ctx.subscriptionId)
    .map((r) => r.region);
  ctx.inventory.scopes.push({
    provider: "azure",
    account: ctx.subscriptionId,
    regions: [...new Set(regions)].sort(),
  });
}
