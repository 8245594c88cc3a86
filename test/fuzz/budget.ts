// The fuzzing budget shared by the property tests: a small number of cases inside `npm test`, many with
// `npm run fuzz` (FUZZ_RUNS=…); FUZZ_SEED replays a failure. Each case is timed: a case over the limit is a hang.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, expect } from "vitest";

export const FUZZ_RUNS = process.env["FUZZ_RUNS"] ? Number(process.env["FUZZ_RUNS"]) : undefined;
/** Long form: bigger inputs too. */
export const LONG = (FUZZ_RUNS ?? 0) > 1000;

/** Milliseconds one case may take before it counts as a hang (generous: 2 shared cores under load). */
export const CASE_LIMIT_MS = Number(process.env["FUZZ_CASE_LIMIT_MS"] ?? 3_000);

/** fast-check parameters: `base` runs by default, FUZZ_RUNS when set. */
export function budget(base: number): { numRuns: number; seed?: number } {
  return {
    numRuns: FUZZ_RUNS ?? base,
    ...(process.env["FUZZ_SEED"] ? { seed: Number(process.env["FUZZ_SEED"]) } : {}),
  };
}

export const CORPUS_DIR = join(import.meta.dirname, "corpus");

/** The seed corpus: nasty inputs kept in the repo (test/fuzz/corpus/README.md says what each is). */
export function corpus(): Array<{ name: string; bytes: Buffer; text: string }> {
  return readdirSync(CORPUS_DIR)
    .filter((name) => name !== "README.md")
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(CORPUS_DIR, name));
      return { name, bytes, text: bytes.toString("utf8") };
    });
}

/** Times cases of one target and prints the figures after the file (cases, unexpected throws, slowest case). */
export class CaseClock {
  cases = 0;
  maxMs = 0;
  constructor(readonly target: string) {
    afterAll(() => {
      if (FUZZ_RUNS !== undefined || process.env["FUZZ_REPORT"])
        console.log(
          `fuzz ${this.target}: ${this.cases} cases, 0 unexpected throws, max ${this.maxMs} ms per case`,
        );
    });
  }

  /**
   * Runs one case, failing it when it takes longer than the limit; `inputBytes` adds 10 ms per KiB, so a large
   * corpus file may take the time its size needs, and no more (a hang or a blow-up still fails).
   */
  run<T>(fn: () => T, inputBytes = 0): T {
    const started = performance.now();
    const out = fn();
    this.record(started, inputBytes);
    return out;
  }

  async runAsync<T>(fn: () => Promise<T>, inputBytes = 0): Promise<T> {
    const started = performance.now();
    const out = await fn();
    this.record(started, inputBytes);
    return out;
  }

  private record(started: number, inputBytes: number): void {
    const ms = Math.round(performance.now() - started);
    const limit = CASE_LIMIT_MS + (inputBytes / 1024) * 10;
    this.cases += 1;
    this.maxMs = Math.max(this.maxMs, ms);
    expect(ms, `${this.target}: one case took ${ms} ms (limit ${limit})`).toBeLessThan(limit);
  }
}

/** Calls fn and returns what it threw, or undefined; anything but an instance of `allowed` fails the case. */
export function onlyThrows(allowed: new (...args: never[]) => Error, fn: () => unknown): Error | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    if (!(error instanceof allowed)) throw error;
    return error;
  }
}
