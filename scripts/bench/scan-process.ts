// The scanner under measurement, in its own process: scripts/bench.ts compiles it with the CLI (as the package
// ships, no TypeScript loader in the process) and forks it per run. It scans as `aiposture scan` does, measures
// its own CPU and memory (per step with `phases`), and sends the figures back.
import { runScan, type ScanFlags } from "../../cli/commands/scan.js";
import { MemoryProbe, type StepMemory } from "./memory-probe.js";
import { tuneHeapForScans } from "../../cli/heap.js";

// Measured as the CLI runs: with its heap setting (a --node-flags heap flag overrides it).
tuneHeapForScans();

export interface ScanRequest {
  flags: ScanFlags;
  /** A full GC at each step's end, to measure what the scan keeps. */
  retained: boolean;
}

export type ScanReply =
  | {
      type: "done";
      wallSeconds: number;
      cpuMs: number;
      peakRssMb: number;
      peakHeapMb: number;
      startHeapMb?: number;
      steps: StepMemory[];
      findings: number;
      errors: number;
      /** Distinct resources with a finding, by resource type (for calls per resource). */
      resourcesByType: Record<string, number>;
    }
  | { type: "error"; message: string };

const send = (reply: ScanReply) =>
  new Promise<void>((resolve) => {
    if (process.send) process.send(reply, () => resolve());
    else resolve();
  });

process.once("message", async (request: ScanRequest) => {
  try {
    const probe = new MemoryProbe({ retained: request.retained });
    const cpu = process.cpuUsage();
    const started = performance.now();
    const { report } = await runScan(request.flags, {
      stdout: () => {},
      stderr: () => {},
      progress: false,
      onPhase: (step) => probe.step(step),
    });
    const wallSeconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const peaks = probe.stop();
    const ids = new Map<string, Set<string>>();
    for (const f of report.findings) {
      const set = ids.get(f.resource.type) ?? new Set<string>();
      set.add(f.resource.id);
      ids.set(f.resource.type, set);
    }
    await send({
      type: "done",
      wallSeconds,
      cpuMs: (used.user + used.system) / 1000,
      ...peaks,
      ...(probe.startHeapMb !== undefined ? { startHeapMb: probe.startHeapMb } : {}),
      steps: probe.steps,
      findings: report.findings.length,
      errors: report.errors.length,
      resourcesByType: Object.fromEntries([...ids].map(([type, set]) => [type, set.size])),
    });
  } catch (error) {
    await send({
      type: "error",
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
  process.exit(0);
});
