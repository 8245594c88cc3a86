import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The folder holding aiposture's package.json, found by walking up from this file. The same answer from the sources
 * (src/) and from the compiled package (dist/src/): data files the CLI reads are resolved from here, so the build
 * does not have to copy them.
 */
export function packageRoot(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i += 1) {
    const candidate = join(dir, "package.json");
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, "utf8")) as { name?: string };
      if (pkg.name === "aiposture") return dir;
    }
    dir = dirname(dir);
  }
  return undefined;
}
