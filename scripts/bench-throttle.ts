// Throttling at scale: a generated estate scanned clean, then with a seeded fraction of every call throttled.
// Reports wall time, the ratio to the clean scan, and abandoned reads (error entries) of each run.
//   npm run bench:throttle -- --buckets 1000 --rate 0.3 --retry-after 0
import { parseArgs } from "node:util";
import { generateEstate, startEmulator } from "../mocks/index.js";
import { awsProvider } from "../providers/aws/index.js";
import { collectAll } from "../src/engine/scan.js";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

const { values } = parseArgs({
  options: {
    buckets: { type: "string", default: "1000" },
    rate: { type: "string", default: "0.3" },
    "retry-after": { type: "string", default: "0" },
    concurrency: { type: "string", default: "16" },
    "max-attempts": { type: "string", default: "8" },
  },
});

async function run(rate: number) {
  const estate = generateEstate({ buckets: Number(values.buckets), seed: 42 });
  const faults =
    rate > 0 ? { throttle: [{ rate, seed: 11, retryAfterSeconds: Number(values["retry-after"]) }] } : {};
  const emulator = await startEmulator({ estate, faults });
  const started = performance.now();
  try {
    const inventory = await collectAll(
      [awsProvider],
      {
        concurrency: Number(values.concurrency),
        maxAttempts: Number(values["max-attempts"]),
        regions: ["us-east-1"],
      },
      { aws: { endpoint: emulator.endpoint } },
    );
    const calls = Object.values(emulator.calls()).reduce((a, b) => a + b, 0);
    const codes: Record<string, number> = {};
    for (const e of inventory.errors)
      codes[`${e.operation} ${e.code}`] = (codes[`${e.operation} ${e.code}`] ?? 0) + 1;
    return {
      seconds: (performance.now() - started) / 1000,
      abandoned: inventory.errors.length,
      calls,
      codes,
    };
  } finally {
    await emulator.close();
  }
}

const clean = await run(0);
const throttled = await run(Number(values.rate));
process.stdout.write(
  `${JSON.stringify({
    buckets: Number(values.buckets),
    rate: Number(values.rate),
    clean,
    throttled,
    ratio: Number((throttled.seconds / clean.seconds).toFixed(2)),
  })}\n`,
);
