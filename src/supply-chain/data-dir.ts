// Where aiposture keeps data a user imports (the advisory snapshot): never inside the installed package, which
// may be read-only and is replaced on upgrade. AIPOSTURE_DATA_DIR overrides; else the XDG data directory.
import { homedir } from "node:os";
import { join } from "node:path";

export function userDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env["AIPOSTURE_DATA_DIR"]) return env["AIPOSTURE_DATA_DIR"];
  const base = env["XDG_DATA_HOME"] || join(homedir(), ".local", "share");
  return join(base, "aiposture");
}

export const SNAPSHOT_FILE = "osv-pypi-ai.json";

export function importedSnapshotPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(userDataDir(env), "advisories", SNAPSHOT_FILE);
}
