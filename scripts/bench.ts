// Benchmark of the scanner alone. The emulated cloud runs in one process (scripts/bench/emulator-process.ts) and
// the scanner in another (scripts/bench/scan-process.ts), compiled as the package ships it (dist/, no TypeScript
// loader in its memory; --sources runs the sources through tsx). The scanner scans exactly as `aiposture scan`
// does (all checks, the JSON report written to a file); this process prints one JSON line per run:
//   npm run bench                                    mixed estate (both clouds, every service) at 1k and 10k
//   npm run bench -- --huge                          … and at 100k
//   npm run bench -- --estate buckets --sizes 1000,10000 --latency 20 --concurrency 32
//   npm run bench -- --estate buckets --sizes 10000 --phases [--retained]
//                                                    … with peak RSS and heap per step of the scan (collected,
//                                                    normalized, evaluated, merged, audited, written) and, with
//                                                    --retained, the heap still reachable after each step
//   npm run bench -- --node-flags=--optimize-for-size  the scanner under V8 flags
// Figures: calls, calls per resource by service, throttles retried, wall, the latency bound (calls × latency /
// concurrency), wall / bound, the scanner's CPU ms per call (and the emulator's, which shares the cores), its peak
// RSS (the kernel's high-water mark) and heap (sampled every 20 ms and at each step's end), and the load average.
import { fork, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { DEFAULT_CONCURRENCY } from "../cli/options.js";
import type { ChildMessage, EmulatorRequest, ParentMessage } from "./bench/emulator-process.js";
import type { ScanReply, ScanRequest } from "./bench/scan-process.js";
import { buildCli } from "./build.js";

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
    sources: { type: "boolean", default: false },
    "node-flags": { type: "string" },
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

/** The scanner, compiled as the package ships (dist/), or the sources through tsx with --sources. */
async function scannerScript(): Promise<{ script: string; execArgv: string[] }> {
  if (values.sources)
    return {
      script: fileURLToPath(new URL("./bench/scan-process.ts", import.meta.url)),
      execArgv: ["--import", "tsx"],
    };
  const dist = fileURLToPath(new URL("../dist/", import.meta.url));
  await buildCli(dist);
  await build({
    entryPoints: ["scan-process.ts", "memory-probe.ts"].map((f) =>
      fileURLToPath(new URL(`./bench/${f}`, import.meta.url)),
    ),
    outdir: join(dist, "scripts", "bench"),
    platform: "node",
    target: "node20",
    format: "esm",
    logLevel: "warning",
  });
  return { script: join(dist, "scripts", "bench", "scan-process.js"), execArgv: [] };
}

let scanner: Promise<{ script: string; execArgv: string[] }> | undefined;

async function scanInChild(request: ScanRequest): Promise<Extract<ScanReply, { type: "done" }>> {
  scanner ??= scannerScript(); // built once for every size
  const { script, execArgv } = await scanner;
  const flags = values["node-flags"]?.split(" ").filter(Boolean) ?? [];
  const child = fork(script, [], {
    execArgv: [...flags, ...execArgv],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const reply = await new Promise<ScanReply>((resolve, reject) => {
    child.once("message", (m) => resolve(m as ScanReply));
    child.once("exit", (code) => reject(new Error(`the scanner process exited (${code})`)));
    child.send(request);
  });
  if (reply.type === "error") throw new Error(`scanner: ${reply.message}`);
  return reply;
}

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
    const scan = await scanInChild({
      retained: values.retained,
      flags: {
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
    });
    const stats = await emulator.ask({ type: "stats" });
    if (stats?.type !== "stats") throw new Error("the emulator sent no figures");
    const calls = Object.values(stats.calls).reduce((a, b) => a + b, 0);
    const bound = (calls * latencyMs) / concurrency / 1000;
    const byService: Record<string, number> = {};
    for (const [key, n] of Object.entries(stats.calls)) {
      const service = key.split(":")[0] ?? key;
      byService[service] = (byService[service] ?? 0) + n;
    }
    const callsPerResource: Record<string, number> = {};
    for (const [service, types] of Object.entries(SERVICE_TYPES)) {
      const count = types.reduce((sum, type) => sum + (scan.resourcesByType[type] ?? 0), 0);
      if (count > 0 && byService[service])
        callsPerResource[service] = +(byService[service] / count).toFixed(2);
    }
    return {
      estate,
      resources,
      latencyMs,
      concurrency,
      scanner: values.sources ? "sources (tsx)" : "compiled",
      ...(values["node-flags"] ? { nodeFlags: values["node-flags"] } : {}),
      calls,
      callsPerResource,
      throttlesRetried: stats.throttles,
      wallSeconds: +scan.wallSeconds.toFixed(2),
      boundSeconds: +bound.toFixed(2),
      wallOverBound: bound > 0 ? +(scan.wallSeconds / bound).toFixed(2) : null,
      cpuMsPerCall: calls > 0 ? +(scan.cpuMs / calls).toFixed(3) : null,
      emulatorCpuMsPerCall: calls > 0 ? +(stats.cpuMs / calls).toFixed(3) : null,
      peakRssMb: scan.peakRssMb,
      peakHeapMb: scan.peakHeapMb,
      findings: scan.findings,
      errors: scan.errors,
      reportMb: +(statSync(output).size / 2 ** 20).toFixed(1),
      loadAverage: loadavg().map((n) => +n.toFixed(2)),
      ...(scan.startHeapMb !== undefined ? { startHeapMb: scan.startHeapMb } : {}),
      ...(values.phases || values.retained ? { steps: scan.steps } : {}),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await emulator.ask({ type: "stop" });
  }
}

const sizes = values.sizes.split(",").map(Number);
if (values.huge) sizes.push(100_000);
for (const size of sizes) console.log(JSON.stringify(await run(size)));
