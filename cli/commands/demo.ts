import { join } from "node:path";
import { packageRoot } from "../../src/package-root.js";
import { startEmulator } from "../emulator.js";
import type { Report } from "../../src/model/finding.js";
import { runScan, type Io, type ScanFlags } from "./scan.js";

/** The built-in estate: one AI team's account with a planted case per check and `hardened` twins. */
export const DEMO_ESTATE = join(packageRoot() ?? ".", "mocks", "estates", "demo.yaml");

/** Starts the emulated cloud in-process, scans it like a real account, and stops it. No network, no credentials. */
export async function runDemo(
  flags: ScanFlags,
  io: Io,
  estate = DEMO_ESTATE,
): Promise<{ exitCode: number; report: Report }> {
  const emulator = await startEmulator({ estate });
  try {
    if (io.progress) io.stderr(`emulated cloud at ${emulator.endpoint} (estate ${estate})\n`);
    return await runScan(
      {
        // The demo reads model artifacts too (opt-in elsewhere): its estate plants an unsafe model.tar.gz.
        scanArtifacts: true,
        ...flags,
        provider: "all",
        endpoint: emulator.endpoint,
        azureEndpoint: emulator.azureEndpoint,
        azureCaCertificate: emulator.azureCaCertificate,
      },
      io,
    );
  } finally {
    await emulator.close();
  }
}
