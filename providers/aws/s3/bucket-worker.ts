// A worker thread's share of the per-bucket reads (bucket-shards.ts): it joins the scan's call bound and retry
// quotas, claims buckets from the shared cursor, reads each exactly as the main thread does, and posts the
// records back in batches so its own heap stays small.
import { parentPort, workerData } from "node:worker_threads";
import type { Bucket } from "@aws-sdk/client-s3";
import { emptyInventory } from "../../../src/model/inventory.js";
import { forEachBounded } from "../../../src/engine/resource-pool.js";
import { claimIndices } from "../../../src/engine/shared-cursor.js";
import { joinCallLimit } from "../../../src/engine/shared-limit.js";
import { KeyDescriber } from "../kms/describe-key.js";
import { AWS_OPERATIONS } from "../operations.js";
import { AwsReader } from "../reader.js";
import { joinRetryBudgets } from "../retry-budget.js";
import type { AwsCollectContext } from "../context.js";
import type { BucketWorkerData, BucketWorkerMessage } from "./bucket-shards.js";
import { collectBucket, s3Clients } from "./collect.js";

/** Records posted at a time: small enough to keep the worker's heap flat, large enough to cost few messages. */
const BATCH = 100;

const data = workerData as BucketWorkerData;
const port = parentPort;
if (!port)
  throw new Error("bucket-worker.ts runs only as a worker thread (providers/aws/s3/bucket-shards.ts)");

joinRetryBudgets(data.budgets);
const inventory = emptyInventory();
const ctx: AwsCollectContext = {
  account: data.account,
  partition: data.partition,
  options: data.options,
  reader: new AwsReader(joinCallLimit(data.limit), inventory.errors, () => data.account, AWS_OPERATIONS),
  inventory,
};
const clients = s3Clients(ctx);
const keys = new KeyDescriber(ctx);
let finished: Extract<BucketWorkerMessage, { type: "records" }>["finished"] = [];

const flush = () => {
  const message: BucketWorkerMessage = { type: "records", finished, errors: inventory.errors.splice(0) };
  finished = [];
  port.postMessage(message);
};

try {
  await forEachBounded(
    claimIndices(data.cursor, data.buckets.length),
    data.options.concurrency,
    async (index) => {
      const record = await collectBucket(ctx, clients, data.buckets[index] as Bucket, data.listRegion, keys);
      finished.push([index, record ?? null]);
      if (finished.length >= BATCH) flush();
    },
  );
  flush();
  port.postMessage({ type: "done" } satisfies BucketWorkerMessage);
} finally {
  clients.destroyAll();
  keys.destroy();
}
