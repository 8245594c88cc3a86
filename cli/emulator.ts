// The emulated cloud is for demo, mock and inventory --demo only: loaded on first use, so a scan of a real
// account never loads it (nor its estate schemas and service handlers).
import type { startEmulator as StartEmulator } from "../mocks/index.js";
import { InputError } from "../src/model/input-error.js";

export async function startEmulator(
  ...args: Parameters<typeof StartEmulator>
): ReturnType<typeof StartEmulator> {
  const { startEmulator: start } = await import("../mocks/index.js");
  return start(...args);
}

/** The same, with an estate file that cannot be read or is invalid reported as bad input (exit 2), not a crash. */
export async function startEmulatorOrExplain(
  ...args: Parameters<typeof StartEmulator>
): ReturnType<typeof StartEmulator> {
  const { startEmulator: start, EstateError } = await import("../mocks/index.js");
  try {
    return await start(...args);
  } catch (error) {
    if (error instanceof EstateError) throw new InputError(error.message);
    throw error;
  }
}
