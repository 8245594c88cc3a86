#!/usr/bin/env node
// Which code runs:
// - an installed package (no cli/bin.ts beside dist/): the compiled dist/, always;
// - a development checkout (cli/bin.ts present): the TypeScript sources through tsx (a devDependency), so an old
//   dist/ from an earlier `npm run build` is never run by mistake. AIPOSTURE_DIST=1 runs dist/ instead, and refuses
//   when any source file is newer than the build.
import { existsSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const compiled = join(root, "dist", "cli", "bin.js");
const source = join(root, "cli", "bin.ts");
const LAYERS = ["src", "providers", "checks", "wiring", "mocks", "cli"];

function fail(message) {
  process.stderr.write(`aiposture: ${message}\n`);
  process.exit(2);
}

/** The newest .ts under the layers the build compiles, or undefined when none is newer than `than`. */
function newerSource(than) {
  for (const layer of LAYERS) {
    for (const entry of readdirSync(join(root, layer), { withFileTypes: true, recursive: true })) {
      if (!entry.isFile() || !entry.name.endsWith(".ts")) continue;
      const path = join(entry.parentPath, entry.name);
      if (statSync(path).mtimeMs > than) return path;
    }
  }
  return undefined;
}

if (!existsSync(source)) {
  if (!existsSync(compiled)) fail(`${compiled} is missing: this package was published without its build`);
  await import(pathToFileURL(compiled).href);
} else if (process.env.AIPOSTURE_DIST === "1") {
  if (!existsSync(compiled)) fail("AIPOSTURE_DIST=1 but dist/ is not built: run npm run build");
  const stale = newerSource(statSync(compiled).mtimeMs);
  if (stale) fail(`AIPOSTURE_DIST=1 but dist/ is older than ${stale}: run npm run build`);
  await import(pathToFileURL(compiled).href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import(pathToFileURL(source).href);
}
