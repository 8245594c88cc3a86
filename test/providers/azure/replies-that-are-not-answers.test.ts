// Azure reads that must end as gaps, never as hangs, loops or "nothing there": a request that is never answered
// (timed out, retried, recorded), a nextLink the listing already followed, and a 200 without what ARM always
// returns. Through the real ARM SDK clients against the emulated Resource Manager.
import { afterEach, describe, expect, it } from "vitest";
import { ALL_CHECKS } from "../../../checks/index.js";
import { DEMO_ESTATE } from "../../../cli/commands/demo.js";
import { startEmulator, type Emulator, type FaultsInput } from "../../../mocks/index.js";
import { azureProvider } from "../../../providers/azure/index.js";
import { assess } from "../../../src/engine/scan.js";
import { findingFor } from "../../support/scan.js";
import { collectWith, type MergedOptions } from "../../support/collect.js";

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function azureScan(faults: FaultsInput, collect: Partial<MergedOptions> = {}) {
  emulator = await startEmulator({ estate: DEMO_ESTATE, faults });
  const inventory = await collectWith([azureProvider], {
    concurrency: 8,
    maxAttempts: 2,
    azureEndpoint: emulator.azureEndpoint,
    azureCaCertificate: emulator.azureCaCertificate,
    ...collect,
  });
  const { report } = assess(inventory, [azureProvider], ALL_CHECKS, new Date().toISOString(), "test");
  const errors = inventory.errors.map((e) => `${e.operation} ${e.code}`);
  return { report, inventory, errors, calls: emulator.calls() };
}

describe("Azure replies that are not answers", () => {
  it("a hung BlobContainers_List is timed out, retried, then a gap for that account; the scan goes on", async () => {
    const started = performance.now();
    const { report, inventory, calls } = await azureScan(
      { hang: [{ operation: "BlobContainers_List", resource: "*/aiclinicalnotesphi" }] },
      { requestTimeoutMs: 400 },
    );
    const seconds = (performance.now() - started) / 1000;
    expect(inventory.errors).toEqual([
      expect.objectContaining({
        operation: "BlobContainers_List",
        resource: expect.stringMatching(/aiclinicalnotesphi$/),
        code: "ETIMEDOUT",
      }),
    ]);
    // Both attempts went out: the timeout was retried like any transport failure.
    const others = Object.entries(calls).filter(([k]) => k.endsWith(":BlobContainers_List"));
    expect(others.reduce((n, [, c]) => n + c, 0)).toBe(7 + 1);
    expect(findingFor(report, "storage.public-acl", "aiclinicalnotesphi")?.status).toBe("unknown");
    expect(findingFor(report, "storage.public-read", "aisandboxlegacy")?.status).toBe("fail");
    expect(seconds).toBeLessThan(15);
  });

  it("a nextLink that repeats ends StorageAccounts_List as RepeatedPageToken, not a loop", async () => {
    const { errors, calls } = await azureScan({
      pageSize: 1,
      repeatToken: [{ operation: "StorageAccounts_List" }],
    });
    expect(errors).toContain("StorageAccounts_List RepeatedPageToken");
    const listed = Object.entries(calls).filter(([k]) => k.endsWith(":StorageAccounts_List"));
    // Per subscription: page 1, then the repeated nextLink is refused before it is sent.
    expect(listed.reduce((n, [, c]) => n + c, 0)).toBeLessThanOrEqual(2 * 2);
  });

  it.each([
    ["bare", "StorageAccounts_List", "value"],
    ["empty", "Services_ListBySubscription", "value"],
    ["bare", "BlobServices_GetServiceProperties", "id"],
  ] as const)("a %s 200 from %s is MalformedReply naming %s", async (body, operation, member) => {
    const { inventory, errors } = await azureScan({ malformed: [{ operation, body }] });
    expect(new Set(errors)).toEqual(new Set([`${operation} MalformedReply`]));
    expect(inventory.errors[0]?.message).toContain(`${operation} replied without ${member}`);
  });
});
