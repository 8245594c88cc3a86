import pLimit from "p-limit";
import type { AzureScanOptions } from "./options.js";
import { emptyInventory, type Inventory } from "../../src/model/inventory.js";
import { ArmRestClient } from "./arm-rest.js";
import { openArmConnection } from "./clients.js";
import type { AzureCollectContext } from "./context.js";
import { errorCode, errorMessage } from "./reader.js";
import { AzureReader } from "./reader.js";
import { UnlistedOperationError } from "./guard.js";
import { listSubscriptions } from "./subscriptions.js";
import { AZURE_SERVICES } from "./services.js";
import { AZURE_OPERATIONS } from "./operations.js";
import { servicesToRead } from "../../src/engine/collection-needs.js";

/** The collectors of the services the selected checks need (all without --checks), in manifest order. */
function serviceCollectors(options: AzureScanOptions) {
  const wanted = servicesToRead(AZURE_SERVICES, options.needs);
  return AZURE_SERVICES.flatMap((service) =>
    service.collect && wanted.has(service.id) ? [{ service: service.id, collect: service.collect }] : [],
  );
}

/**
 * Reads Azure: the given subscriptions, or every one the identity can list; each subscription's services
 * concurrently, all calls under one bound. A subscription that fails (denied, throttled past retries) leaves
 * error entries for itself only; the others are read as usual.
 */
export async function collectAzure(options: AzureScanOptions): Promise<Inventory> {
  const inventory = emptyInventory();
  const reader = new AzureReader(pLimit(options.concurrency), inventory.errors, AZURE_OPERATIONS);
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
    serviceCollectors(ctx.options).map(async ({ service, collect }) => {
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
