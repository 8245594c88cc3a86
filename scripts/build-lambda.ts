// Bundles the Lambda handler (runtimes/aws-lambda/main.ts) into one ESM file, dist/lambda/index.mjs (handler
// "index.handler", runtime nodejs22.x). The AWS SDK clients are bundled too: the pinned versions, not the
// runtime's. `npm run build:lambda`; the CDK stack deploys the directory.
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { packagedSnapshotPath } from "../src/supply-chain/advisory-database.js";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

export async function buildLambda(outdir = join(root, "dist", "lambda")): Promise<string> {
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, "index.mjs");
  await build({
    entryPoints: [join(root, "runtimes", "aws-lambda", "main.ts")],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    minify: true,
    sourcemap: false,
    legalComments: "none",
    logLevel: "warning",
    // Bundled CommonJS dependencies call require(); give the ESM bundle one.
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  // src/version.ts finds the version in the nearest package.json named aiposture: ship a minimal one beside it.
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
  writeFileSync(
    join(outdir, "package.json"),
    JSON.stringify({ name: "aiposture", version: pkg.version, type: "module" }) + "\n",
  );
  // The advisory snapshot is data the model checks read at run time; it is found beside the bundle.
  const advisories = join(outdir, "data", "advisories");
  mkdirSync(advisories, { recursive: true });
  copyFileSync(packagedSnapshotPath(), join(advisories, basename(packagedSnapshotPath())));
  return outfile;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const outfile = await buildLambda(process.argv[2]);
  console.log(`${outfile} (${Math.round(statSync(outfile).size / 1024)} KiB)`);
}
