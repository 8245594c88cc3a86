// Starts a worker thread on one of our modules, compiled or not: the built package runs its .js file; from the
// sources (tsx, vitest) the worker registers tsx first, because a worker's entry does not pass through the
// parent's loader hooks.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

/**
 * `sibling` is named as the built file ("./bucket-worker.js"), resolved beside `from` (an import.meta.url).
 * Undefined when there is no such file: a single-file bundle (the Lambda's) runs everything on its one thread.
 */
export function startModuleWorker(from: string, sibling: string, workerData: unknown): Worker | undefined {
  const fromSources = from.endsWith(".ts");
  const entry = new URL(fromSources ? sibling.replace(/\.js$/, ".ts") : sibling, from);
  if (entry.protocol !== "file:" || !existsSync(fileURLToPath(entry))) return undefined;
  if (!fromSources) return new Worker(entry, { workerData });
  const bootstrap = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}
