import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "./package-root.js";

/** The package version (works from src/ and from dist/src/). */
export function toolVersion(): string {
  const root = packageRoot();
  if (!root) return "0.0.0";
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version?: string };
  return pkg.version ?? "0.0.0";
}
