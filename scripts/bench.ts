// Benchmark of the scanner alone: the emulated cloud runs in its own process (scripts/bench/emulator-process.ts),
// this process scans it exactly as `aiposture scan` does (all checks, the JSON report written to a file), and
// prints one JSON line per run:
//   npm run bench                                    mixed estate (both clouds, every service) at 1k and 10k
//   npm run bench -- --huge                          … and at 100k
//   npm run bench -- --estate buckets --sizes 1000,10000 --latency 20 --concurrency 32
//   npm run bench -- --estate buckets --sizes 10000 --phases [--retained]
//                                                    … with peak RSS and heap per step of the scan (collect,
//                                                    normalize, checks, merge, audit, write) and, with
//                                                    --retained, the heap still reachable after each step
// Figures: calls, calls per resource by service, throttles retried, wall, the latency bound (calls × latency /
// concurrency), wall / bound, the scanner's CPU ms per call, and its peak RSS (the kernel's high-water mark) and
// heap (sampled every 20 ms and at each step's end).
import { fork, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { runScan } from "../cli/commands/scan.js";
import { DEFAULT_CONCURRENCY } from "../cli/options.js";
import type { ChildMessage, EmulatorRequest, ParentMessage } from "./bench/emulator-process.js";
import { MemoryProbe } from "./bench/memory-probe.js";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

const { values } = parseArgs({
  options: {
    estate: { type: "string", default: "mixed" },
    sizes: { type: "string", default: "1000,10000" },
    huge: { type: "boolean", default: false },
    latency: { type: "string", default: "20" },
    concurrency: { type: "string", default: String(DEFAULT_CONCURRENCY) },
    throttle: { type: "string", default: "0" },
    checks: { type: "string" },
    phases: { type: "boolean", default: false },
    retained: { type: "boolean", default: false },
  },
});

interface Emulator {
  child: ChildProcess;
  ready: Extract<ChildMessage, { type: "ready" }>;
  ask(message: ParentMessage): Promise<ChildMessage | undefined>;
}

async function startEmulatorProcess(request: EmulatorRequest): Promise<Emulator> {
  const script = fileURLToPath(new URL("./bench/emulator-process.ts", import.meta.url));
  const child = fork(script, [], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const next = () =>
    new Promise<ChildMessage>((resolve, reject) => {
      child.once("message", (m) => resolve(m as ChildMessage));
      child.once("exit", (code) => reject(new Error(`the emulator process exited (${code})`)));
    });
  const first = next();
  child.send(request);
  const ready = await first;
  if (ready.type !== "ready")
    throw new Error(`emulator: ${ready.type === "error" ? ready.message : ready.type}`);
  return {
    child,
    ready,
    ask: async (message) => {
      if (message.type !== "stats") {
        child.send(message);
        return undefined;
      }
      const reply = next();
      child.send(message);
      return reply;
    },
  };
}

/** Emulator service → the resource types whose resources its calls read (for calls per resource). */
const SERVICE_TYPES: Record<string, string[]> = {
  s3: ["aws.s3.bucket"],
  s3accesspoints: ["aws.s3.access-point"],
  opensearch: ["aws.opensearch.domain"],
  aoss: ["aws.aoss.collection"],
  sagemaker: [
    "aws.sagemaker.endpoint",
    "aws.sagemaker.notebook",
    "aws.sagemaker.training-job",
    "aws.sagemaker.domain",
    "aws.sagemaker.model",
  ],
  "azure-storage": ["azure.storage.account"],
  "azure-search": ["azure.search.service"],
  "azure-cognitive": ["azure.cognitiveservices.account"],
  "azure-machinelearning": [
    "azure.machinelearning.workspace",
    "azure.machinelearning.onlineendpoint",
    "azure.machinelearning.computeinstance",
  ],
};

async function run(resources: number) {
  const latencyMs = Number(values.latency);
  const concurrency = Number(values.concurrency);
  const estate = values.estate === "buckets" ? "buckets" : "mixed";
  const emulator = await startEmulatorProcess({
    estate,
    resources,
    latencyMs,
    throttleRate: Number(values.throttle),
  });
  const dir = mkdtempSync(join(tmpdir(), "aiposture-bench-"));
  const output = join(dir, "report.json");
  try {
    global.gc?.();
    const probe = new MemoryProbe({ retained: values.retained });
    const cpu = process.cpuUsage();
    const started = performance.now();
    const { report } = await runScan(
      {
        format: "json",
        output,
        failOn: "none",
        concurrency,
        maxAttempts: 8,
        provider: estate === "buckets" ? "aws" : "all",
        ...(values.checks ? { checks: values.checks } : {}),
        endpoint: emulator.ready.endpoint,
        azureEndpoint: emulator.ready.azureEndpoint,
        azureCaCertificate: emulator.ready.azureCaCertificate,
      },
      { stdout: () => {}, stderr: () => {}, progress: false, onPhase: (step) => probe.step(step) },
    );
    const wall = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const { peakRssMb, peakHeapMb } = probe.stop();
    const stats = await emulator.ask({ type: "stats" });
    if (stats?.type !== "stats") throw new Error("the emulator sent no figures");
    const calls = Object.values(stats.calls).reduce((a, b) => a + b, 0);
    const bound = (calls * latencyMs) / concurrency / 1000;
    const byService: Record<string, number> = {};
    for (const [key, n] of Object.entries(stats.calls)) {
      const service = key.split(":")[0] ?? key;
      byService[service] = (byService[service] ?? 0) + n;
    }
    const resourcesByType = new Map<string, Set<string>>();
    for (const f of report.findings) {
      const ids = resourcesByType.get(f.resource.type) ?? new Set<string>();
      ids.add(f.resource.id);
      resourcesByType.set(f.resource.type, ids);
    }
    const callsPerResource: Record<string, number> = {};
    for (const [service, types] of Object.entries(SERVICE_TYPES)) {
      const count = types.reduce((sum, type) => sum + (resourcesByType.get(type)?.size ?? 0), 0);
      if (count > 0 && byService[service])
        callsPerResource[service] = +(byService[service] / count).toFixed(2);
    }
    return {
      estate,
      resources,
      latencyMs,
      concurrency,
      calls,
      callsPerResource,
      throttlesRetried: stats.throttles,
      wallSeconds: +wall.toFixed(2),
      boundSeconds: +bound.toFixed(2),
      wallOverBound: bound > 0 ? +(wall / bound).toFixed(2) : null,
      cpuMsPerCall: calls > 0 ? +((used.user + used.system) / 1000 / calls).toFixed(3) : null,
      peakRssMb,
      peakHeapMb,
      findings: report.findings.length,
      errors: report.errors.length,
      reportMb: +(statSync(output).size / 2 ** 20).toFixed(1),
      loadAverage: loadavg().map((n) => +n.toFixed(2)),
      ...(values.phases || values.retained ? { steps: probe.steps } : {}),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await emulator.ask({ type: "stop" });
  }
}

const sizes = values.sizes.split(",").map(Number);
if (values.huge) sizes.push(100_000);
for (const size of sizes) console.log(JSON.stringify(await run(size)));
