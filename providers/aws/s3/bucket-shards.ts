// Both cores for the per-bucket reads: past a few thousand calls one thread is CPU-bound (the SDK's middleware,
// signing and HTTP cost ~1 ms of CPU per call), so worker threads read buckets beside the main thread. Every
// thread claims the next bucket from one shared cursor, sends its calls under the scan's one call bound (shared
// permits) and the endpoints' one retry quota each, and the workers post their records back as plain data.
import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import type { Bucket } from "@aws-sdk/client-s3";
import type { CollectionError, InventoryRecord } from "../../../src/model/inventory.js";
import { InputError } from "../../../src/model/input-error.js";
import { startModuleWorker } from "../../../src/engine/module-worker.js";
import { forEachBounded } from "../../../src/engine/resource-pool.js";
import { claimIndices, sharedCursor } from "../../../src/engine/shared-cursor.js";
import { sharedBufferOf } from "../../../src/engine/shared-limit.js";
import { sharedRetryBudgets } from "../retry-budget.js";
import type { AwsScanOptions } from "../options.js";
import type { AwsCollectContext } from "../context.js";

/**
 * Below this many buckets one thread keeps up: a worker's start (loading the SDK again) would cost more than it
 * saves. Measured: 1k buckets are ~9k calls, ~9 s of one thread's CPU at 20 ms latency and 32 at once.
 */
export const BUCKETS_PER_WORKER_THRESHOLD = 1000;
/** Overrides the automatic choice: 0 keeps every read on the main thread, n starts n workers whatever the size. */
export const WORKER_THREADS_ENV = "AIPOSTURE_WORKER_THREADS";

/** What a bucket worker is given (structured-cloned; the buffers are shared, not copied). */
export interface BucketWorkerData {
  account: string;
  partition: string;
  listRegion: string;
  options: Omit<AwsScanOptions, "onProgress">;
  buckets: Bucket[];
  cursor: SharedArrayBuffer;
  limit: SharedArrayBuffer;
  budgets: SharedArrayBuffer;
}

/** What a worker posts: the buckets it finished (index, record or none) and its error entries; at the end `done`. */
export type BucketWorkerMessage =
  | { type: "records"; finished: Array<[index: number, InventoryRecord | null]>; errors: CollectionError[] }
  | { type: "done" };

/** Worker threads to start beside the main thread for `buckets` buckets: 0 when one thread is enough. */
export function bucketWorkerCount(ctx: AwsCollectContext, buckets: number): number {
  if (!sharedBufferOf(ctx.reader.limit) || !workerOptions(ctx.options)) return 0;
  const asked = process.env[WORKER_THREADS_ENV];
  if (asked !== undefined && asked !== "") {
    const count = Number(asked);
    if (!Number.isInteger(count) || count < 0 || count > 64)
      throw new InputError(
        `${WORKER_THREADS_ENV}: expected a whole number of worker threads (0-64), got "${asked}"`,
      );
    return Math.min(count, buckets);
  }
  if (buckets < BUCKETS_PER_WORKER_THRESHOLD) return 0;
  return Math.max(0, availableParallelism() - 1);
}

/** The options a worker can be given, or undefined when they hold something that cannot cross threads. */
function workerOptions(options: AwsScanOptions): BucketWorkerData["options"] | undefined {
  const { onProgress: _progress, ...rest } = options;
  try {
    return structuredClone(rest);
  } catch {
    return undefined; // e.g. a credentials provider function: the main thread reads every bucket
  }
}

/**
 * Reads every bucket with `workers` worker threads and this thread, each claiming buckets one at a time; the
 * workers' records land in `records` at their bucket's index, as `readHere` puts this thread's.
 * A worker that fails leaves an error entry for every bucket it had claimed and not reported (coverage gaps).
 */
export async function collectBucketsSharded(
  ctx: AwsCollectContext,
  buckets: Bucket[],
  listRegion: string,
  workers: number,
  records: Array<InventoryRecord | undefined>,
  readHere: (index: number) => Promise<void>,
): Promise<void> {
  const limit = sharedBufferOf(ctx.reader.limit);
  const options = workerOptions(ctx.options);
  if (!limit || !options) throw new Error("collectBucketsSharded: the scan's call bound is not shareable");
  const cursor = sharedCursor();
  const finished = new Uint8Array(buckets.length);
  const data: BucketWorkerData = {
    account: ctx.account,
    partition: ctx.partition,
    listRegion,
    options,
    buckets,
    cursor,
    limit,
    budgets: sharedRetryBudgets(),
  };
  const running = Array.from({ length: workers }, () =>
    runWorker(startModuleWorker(import.meta.url, "./bucket-worker.js", data), (message) => {
      for (const [index, record] of message.finished) {
        finished[index] = 1;
        if (record) records[index] = record;
      }
      for (const error of message.errors) ctx.inventory.errors.push(error);
    }),
  );
  await forEachBounded(claimIndices(cursor, buckets.length), ctx.options.concurrency, async (index) => {
    await readHere(index);
    finished[index] = 1;
  });
  const failures = (await Promise.all(running)).filter((failure) => failure !== undefined);
  if (failures.length === 0) return;
  buckets.forEach((bucket, index) => {
    if (finished[index]) return;
    ctx.inventory.errors.push({
      provider: "aws",
      account: ctx.account,
      region: listRegion,
      service: "s3",
      operation: "*",
      ...(bucket.Name ? { resource: bucket.Name } : {}),
      code: "WorkerFailed",
      message: `the worker thread reading this bucket failed: ${failures[0]}`,
    });
  });
}

/** Resolves when the worker has reported everything (undefined) or failed (its error, as text). */
function runWorker(
  worker: Worker,
  onRecords: (message: Extract<BucketWorkerMessage, { type: "records" }>) => void,
): Promise<string | undefined> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (failure: string | undefined) => {
      if (settled) return;
      settled = true;
      resolve(failure);
      void worker.terminate();
    };
    worker.on("message", (message: BucketWorkerMessage) => {
      if (message.type === "records") onRecords(message);
      else settle(undefined);
    });
    worker.on("error", (error) => settle(error instanceof Error ? error.message : String(error)));
    worker.on("exit", (code) => settle(`it exited (code ${code}) before reporting every bucket`));
  });
}
