// Peak memory of this process, whole and per step of the scan. RSS comes from the kernel's high-water mark
// (VmHWM in /proc/self/status), which also sees the synchronous steps (normalize, checks, report writing) that
// a timer cannot sample; writing 5 to /proc/self/clear_refs starts a new mark for the next step. Heap is sampled
// by a timer and at each step's end. With `retained`, a full GC at each step's end measures what the scan
// keeps (it lowers later peaks a little, so the headline run leaves it off).
import { readFileSync, writeFileSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

export interface StepMemory {
  step: string;
  seconds: number;
  peakRssMb: number;
  peakHeapMb: number;
  /** Heap still reachable after a full GC at the step's end (with `retained`). */
  retainedHeapMb?: number;
}

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

/** The kernel's peak RSS of this process in bytes, or undefined off Linux. */
function kernelPeakRss(): number | undefined {
  try {
    const line = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
    return line?.[1] ? Number(line[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

function resetKernelPeak(): boolean {
  try {
    writeFileSync("/proc/self/clear_refs", "5");
    return true;
  } catch {
    return false;
  }
}

function fullGc(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}

export class MemoryProbe {
  readonly steps: StepMemory[] = [];
  private peakRss = 0;
  private peakHeap = 0;
  private stepPeakRss = 0;
  private stepPeakHeap = 0;
  private stepStarted = performance.now();
  private readonly timer: NodeJS.Timeout;
  private readonly gc: (() => void) | undefined;
  private readonly perStepKernelPeak: boolean;

  /** Heap reachable before the scan (the loaded code and SDKs), with `retained`. */
  readonly startHeapMb: number | undefined;

  constructor(options: { retained?: boolean } = {}) {
    this.gc = options.retained ? fullGc() : undefined;
    if (this.gc) {
      this.gc();
      this.startHeapMb = mb(process.memoryUsage().heapUsed);
    }
    this.perStepKernelPeak = resetKernelPeak();
    this.timer = setInterval(() => this.sample(), 20);
    this.sample();
  }

  private sample(): void {
    const { rss, heapUsed } = process.memoryUsage();
    this.stepPeakRss = Math.max(this.stepPeakRss, rss, kernelPeakRss() ?? 0);
    this.stepPeakHeap = Math.max(this.stepPeakHeap, heapUsed);
  }

  /** Closes the current step under this name and starts the next one. */
  step(name: string): void {
    this.sample();
    const step: StepMemory = {
      step: name,
      seconds: +((performance.now() - this.stepStarted) / 1000).toFixed(2),
      peakRssMb: mb(this.stepPeakRss),
      peakHeapMb: mb(this.stepPeakHeap),
    };
    if (this.gc) {
      this.gc();
      step.retainedHeapMb = mb(process.memoryUsage().heapUsed);
    }
    this.steps.push(step);
    this.peakRss = Math.max(this.peakRss, this.stepPeakRss);
    this.peakHeap = Math.max(this.peakHeap, this.stepPeakHeap);
    if (this.perStepKernelPeak) resetKernelPeak();
    this.stepPeakRss = 0;
    this.stepPeakHeap = 0;
    this.stepStarted = performance.now();
    this.sample();
  }

  /** Stops sampling; the peaks over every step. */
  stop(): { peakRssMb: number; peakHeapMb: number } {
    clearInterval(this.timer);
    this.sample();
    return {
      peakRssMb: mb(Math.max(this.peakRss, this.stepPeakRss)),
      peakHeapMb: mb(Math.max(this.peakHeap, this.stepPeakHeap)),
    };
  }
}
