// The scan's total deadline: calls not sent by then end as DeadlineExceeded error entries (coverage gaps), so a
// scan of an endpoint that answers nothing ends near its deadline, on AWS and on Azure alike.
import { afterEach, describe, expect, it } from "vitest";
import { DEMO_ESTATE } from "../../cli/commands/demo.js";
import { startEmulator, type Emulator } from "../../mocks/index.js";
import { awsProvider } from "../../providers/aws/index.js";
import { azureProvider } from "../../providers/azure/index.js";
import { collectWith } from "../support/collect.js";

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function timedCollect(options: Record<string, unknown>, provider: "aws" | "azure") {
  emulator = await startEmulator({ estate: DEMO_ESTATE, faults: { hang: [{}] } });
  const started = performance.now();
  const connection =
    provider === "aws"
      ? { endpoint: emulator.endpoint }
      : { azureEndpoint: emulator.azureEndpoint, azureCaCertificate: emulator.azureCaCertificate };
  const inventory = await collectWith([provider === "aws" ? awsProvider : azureProvider], {
    concurrency: 16,
    maxAttempts: 8,
    requestTimeoutMs: 500,
    ...connection,
    ...options,
  });
  return { inventory, seconds: (performance.now() - started) / 1000 };
}

describe("--deadline", () => {
  it.each(["aws", "azure"] as const)(
    "%s: every call hangs; with a 1.5 s deadline the scan ends within about 3 s, each unsent call a gap",
    async (provider) => {
      const { inventory, seconds } = await timedCollect({ deadline: Date.now() + 1500 }, provider);
      expect(seconds).toBeLessThan(4);
      expect(inventory.errors.length).toBeGreaterThan(0);
      expect(inventory.errors.some((e) => e.code === "DeadlineExceeded")).toBe(true);
    },
  );
});
