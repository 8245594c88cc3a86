// The benchmark's emulated cloud, in its own process so the scanner's figures (CPU, memory) are the scanner's
// alone. Started by scripts/bench.ts with fork(); it generates the estate, starts the emulator, sends its
// endpoints, then answers "stats" (calls, throttles) and "reset" messages until "stop".
import { generateEstate, generateMixedEstate, startEmulator } from "../../mocks/index.js";

export interface EmulatorRequest {
  estate: "mixed" | "buckets";
  resources: number;
  latencyMs: number;
  /** Throttle this fraction of calls (0..1) with the service's own throttling error, to exercise retries. */
  throttleRate: number;
}

export type ParentMessage = { type: "stats" } | { type: "reset" } | { type: "stop" };

export type ChildMessage =
  | { type: "ready"; endpoint: string; azureEndpoint: string; azureCaCertificate: string }
  | { type: "stats"; calls: Record<string, number>; throttles: number; cpuMs: number }
  | { type: "error"; message: string };

const send = (message: ChildMessage) => process.send?.(message);

process.once("message", async (request: EmulatorRequest) => {
  try {
    const estate =
      request.estate === "buckets"
        ? generateEstate({ buckets: request.resources, seed: 42 })
        : generateMixedEstate({ resources: request.resources });
    const emulator = await startEmulator({
      estate,
      latencyMs: request.latencyMs,
      ...(request.throttleRate > 0
        ? { faults: { throttle: [{ service: "*", rate: request.throttleRate, retryAfterSeconds: 0 }] } }
        : {}),
    });
    // The emulator shares the machine's cores with the scanner: its CPU is part of what bounds the wall.
    let cpuSince = process.cpuUsage();
    process.on("message", async (message: ParentMessage) => {
      if (message.type === "stats") {
        const used = process.cpuUsage(cpuSince);
        const cpuMs = (used.user + used.system) / 1000;
        send({ type: "stats", calls: emulator.calls(), throttles: emulator.throttles(), cpuMs });
      }
      if (message.type === "reset") {
        emulator.resetStats();
        cpuSince = process.cpuUsage();
      }
      if (message.type === "stop") {
        await emulator.close();
        process.exit(0);
      }
    });
    send({
      type: "ready",
      endpoint: emulator.endpoint,
      azureEndpoint: emulator.azureEndpoint,
      azureCaCertificate: emulator.azureCaCertificate,
    });
  } catch (error) {
    send({ type: "error", message: error instanceof Error ? error.message : String(error) });
    process.exit(1);
  }
});
