// Both cores for the per-bucket reads (opt-in, WORKER_THREADS_ENV): worker threads read buckets beside the main
// thread. Every thread claims the next bucket from one shared cursor, sends its calls under the scan's one call
// bound (shared permits) and the endpoints' one retry quota each, and the workers post their records back as
// plain data.
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
 * Worker threads beside the main thread; unset or 0 keeps every read on the main thread. Opt-in, because on the
 * 2-core bench machine (the emulator sharing the cores) a worker did not shorten the wall once the SDK's per-call
 * cost was cut: 10k buckets at 20 ms and 32 at once, wall / bound 1.42 with one worker, 1.37-1.41 without, and
 * ~0.2 ms more CPU per call and ~160 MB more RSS with it (a second copy of the SDK). It pays where cores are
 * spare and the cloud is remote.
 */
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

/** Worker threads to start beside the main thread for `buckets` buckets (WORKER_THREADS_ENV; 0 by default). */
export function bucketWorkerCount(ctx: AwsCollectContext, buckets: number): number {
  const asked = process.env[WORKER_THREADS_ENV];
  if (asked === undefined || asked === "") return 0;
  const count = Number(asked);
  if (!Number.isInteger(count) || count < 0 || count > 64)
    throw new InputError(
      `${WORKER_THREADS_ENV}: expected a whole number of worker threads (0-64), got "${asked}"`,
    );
  if (!sharedBufferOf(ctx.reader.limit) || !workerOptions(ctx.options)) return 0;
  return Math.min(count, buckets);
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
  const started = Array.from({ length: workers }, () =>
    startModuleWorker(import.meta.url, "./bucket-worker.js", data),
  ).filter((worker) => worker !== undefined);
  const running = started.map((worker) =>
    runWorker(worker, (message) => {
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
