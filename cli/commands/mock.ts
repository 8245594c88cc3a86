// `aiposture mock`: the emulated cloud on its own, serving until interrupted.
import { writeFileSync } from "node:fs";
import { startEmulatorOrExplain } from "../emulator.js";
import type { Io } from "./scan.js";

export interface MockFlags {
  estate: string;
  port?: number;
  latency?: number;
  pageSize?: number;
  azureCaOut?: string;
}

/** Starts the emulator and prints its endpoints; the process exits when the server closes (SIGINT, SIGTERM). */
export async function runMock(flags: MockFlags, io: Io): Promise<void> {
  const emulator = await startEmulatorOrExplain({
    estate: flags.estate,
    port: flags.port ?? 0,
    ...(flags.latency ? { latencyMs: flags.latency } : {}),
    ...(flags.pageSize ? { pageSize: flags.pageSize } : {}),
  });
  io.stdout(`${emulator.endpoint}\n`);
  if (flags.azureCaOut) writeFileSync(flags.azureCaOut, emulator.azureCaCertificate);
  const ca = flags.azureCaOut ? ` (certificate in ${flags.azureCaOut})` : "";
  io.stderr(`azure resource manager: ${emulator.azureEndpoint}${ca}\n`);
  for (const note of emulator.notes) io.stderr(`replay: ${note}\n`);
  const stop = () => void emulator.close();
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
