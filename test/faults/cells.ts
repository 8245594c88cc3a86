// The bounded fault matrix inside `npm test`: a representative cell per family (the full matrix is
// `npm run faults`), with timings scaled down (a small request timeout bounds slow and hung endpoints).
import { expect } from "vitest";
import { FAMILIES, FAULTS, runMatrix, type Timing } from "../../scripts/faults/matrix.js";

export const TEST_TIMING: Timing = {
  requestTimeoutMs: 2_000,
  slowMs: 200,
  deadlineMs: 10_000,
  maxAttempts: 2,
  concurrency: 16,
};

/** Runs the named cells (one clean scan per provider) and asserts none is WRONG; the detail names the verdict. */
export async function expectNoWrongCells(
  cells: ReadonlyArray<[family: string, fault: string]>,
): Promise<void> {
  const wanted = new Set(cells.map(([family, fault]) => `${family}\u0000${fault}`));
  const matrix = await runMatrix({
    families: FAMILIES,
    faults: FAULTS,
    timing: TEST_TIMING,
    representativeOnly: true,
    only: (family, fault) => wanted.has(`${family.label}\u0000${fault.id}`),
  });
  expect([...matrix.keys()].sort()).toEqual([...wanted].sort());
  const wrong = [...matrix.entries()]
    .filter(([, cell]) => cell.status === "WRONG")
    .map(([key, cell]) => `${key.replace("\u0000", " × ")}: ${cell.detail.join("; ")}`);
  expect(wrong).toEqual([]);
}
