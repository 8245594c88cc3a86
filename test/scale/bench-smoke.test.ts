// The benchmark's smallest run: the emulator in its own process, a 50-resource mixed estate, and every figure
// printed. The real runs (1k, 10k, 100k) are `npm run bench`, outside the test suite.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);

describe("npm run bench", () => {
  it("prints calls, calls per resource, throttles, wall, bound, CPU per call and peak memory", async () => {
    const { stdout } = await run(
      process.execPath,
      ["--import", "tsx", "scripts/bench.ts", "--sizes", "50", "--latency", "1", "--throttle", "0.05"],
      { timeout: 60_000 },
    );
    const figures = JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}");
    expect(figures).toMatchObject({ estate: "mixed", resources: 50, latencyMs: 1 });
    expect(figures.calls).toBeGreaterThan(50);
    expect(figures.callsPerResource.s3).toBeGreaterThan(1);
    // 5 % of calls throttled: the SDKs retried them, and the scan still completed with its findings.
    expect(figures.throttlesRetried).toBeGreaterThan(0);
    expect(figures.findings).toBeGreaterThan(50);
    for (const key of [
      "wallSeconds",
      "boundSeconds",
      "wallOverBound",
      "cpuMsPerCall",
      "peakRssMb",
      "peakHeapMb",
    ])
      expect(figures[key], key).toBeGreaterThan(0);
  }, 90_000);
});
