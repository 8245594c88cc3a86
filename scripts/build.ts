// Compiles the CLI to dist/ as plain ESM, one .js per .ts (no bundling): the published package runs this, never the
// TypeScript sources. esbuild only strips types (the tsconfig sets isolatedModules, so file-by-file is exact);
// `npm run typecheck` is what checks them. Data files (estates, advisories) are read from the package root, not
// copied: see src/package-root.ts and package.json "files".
import { build } from "esbuild";
import { readdirSync, rmSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The layers the CLI loads at run time. runtimes/ ships as its own bundle (npm run build:lambda). */
export const CLI_LAYERS = ["src", "providers", "checks", "wiring", "mocks", "cli"] as const;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts"))
    .map((entry) => join(entry.parentPath, entry.name));
}

export async function buildCli(outdir = join(root, "dist")): Promise<number> {
  // Only our own folders under dist/ are replaced: dist/lambda belongs to build:lambda.
  for (const layer of CLI_LAYERS) rmSync(join(outdir, layer), { recursive: true, force: true });
  const entryPoints = CLI_LAYERS.flatMap((layer) => sources(join(root, layer)));
  await build({
    entryPoints,
    outdir,
    outbase: root,
    bundle: false,
    platform: "node",
    target: "node20",
    format: "esm",
    sourcemap: false,
    logLevel: "warning",
  });
  return entryPoints.length;
}

if (process.argv[1] && relative(process.argv[1], fileURLToPath(import.meta.url)) === "") {
  const count = await buildCli();
  process.stdout.write(`compiled ${count} files to dist/\n`);
}
