// The emulated cloud is for demo, mock and inventory --demo only: loaded on first use, so a scan of a real
// account never loads it (nor its estate schemas and service handlers).
import type { startEmulator as StartEmulator } from "../mocks/index.js";

export async function startEmulator(
  ...args: Parameters<typeof StartEmulator>
): ReturnType<typeof StartEmulator> {
  const { startEmulator: start } = await import("../mocks/index.js");
  return start(...args);
}
