// Benchmark: wall time, API calls and memory of a scan of a generated estate through the emulator.
//   npm run bench -- --buckets 2000 --latency 20 --concurrency 16
// Prints one JSON line per run; memory is sampled during the scan (peak RSS and heap).
import { parseArgs } from "node:util";
import { startEmulator, generateEstate } from "../mocks/index.js";
import { awsProvider } from "../providers/aws/index.js";
import { ALL_CHECKS } from "../checks/index.js";
import { assess, collectAll } from "../src/engine/scan.js";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

const { values } = parseArgs({
  options: {
    buckets: { type: "string", default: "2000" },
    latency: { type: "string", default: "20" },
    concurrency: { type: "string", default: "16" },
    sizes: { type: "string" },
  },
});

async function bench(buckets: number, latencyMs: number, concurrency: number) {
  const estate = generateEstate({ buckets, seed: 42 });
  const emulator = await startEmulator({ estate, latencyMs });
  global.gc?.();
  const baseline = process.memoryUsage();
  let peakRss = baseline.rss;
  let peakHeap = baseline.heapUsed;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 50);
  const started = performance.now();
  const inventory = await collectAll(
    [awsProvider],
    { concurrency, maxAttempts: 8 },
    { aws: { endpoint: emulator.endpoint } },
  );
  const collected = performance.now();
  const { report } = assess(inventory, [awsProvider], ALL_CHECKS, new Date().toISOString(), "bench");
  const finished = performance.now();
  clearInterval(sampler);
  const calls = emulator.calls();
  const totalCalls = Object.values(calls).reduce((a, b) => a + b, 0);
  const bucketCalls = Object.entries(calls)
    .filter(([key]) => key.startsWith("s3:Get"))
    .reduce((sum, [, n]) => sum + n, 0);
  await emulator.close();
  return {
    buckets,
    latencyMs,
    concurrency,
    wallSeconds: +((finished - started) / 1000).toFixed(2),
    collectSeconds: +((collected - started) / 1000).toFixed(2),
    evaluateMs: +(finished - collected).toFixed(0),
    totalCalls,
    callsPerBucket: +(bucketCalls / buckets).toFixed(2),
    findings: report.findings.length,
    errors: report.errors.length,
    // The emulator runs in this process too; its estate is part of the figure.
    peakRssMb: Math.round(peakRss / 2 ** 20),
    peakHeapDeltaMb: Math.round((peakHeap - baseline.heapUsed) / 2 ** 20),
  };
}

const sizes = values.sizes ? values.sizes.split(",").map(Number) : [Number(values.buckets)];
for (const size of sizes) {
  console.log(JSON.stringify(await bench(size, Number(values.latency), Number(values.concurrency))));
}
