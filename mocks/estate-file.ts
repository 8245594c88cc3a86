// What `mock --estate FILE` and startEmulator({ estate: FILE }) accept: an estate (YAML or JSON), or a saved
// inventory (scan --save-inventory), replayed as the estate it records.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { EstateError, loadEstate, validateEstate } from "./estate/load.js";
import { estateFromInventory, isSavedInventory } from "./estate/replay.js";
import type { Estate } from "./estate/schema.js";
import { AWS_REPLAYS } from "./services/index.js";

export function loadEstateOrInventory(path: string): { estate: Estate; notes: string[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch {
    // Not JSON (YAML), or unreadable: the estate loader reports it, naming the file and the line.
    return { estate: loadEstate(path), notes: [] };
  }
  if (!isSavedInventory(parsed)) return { estate: loadEstate(path), notes: [] };
  const { estate, notServed } = estateFromInventory(parsed, AWS_REPLAYS);
  return { estate: validateEstate(estate, `${basename(path)} (replayed inventory)`), notes: notServed };
}

export { EstateError };
