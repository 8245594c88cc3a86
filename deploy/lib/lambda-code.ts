// Where the Lambda's code comes from: the bundle scripts/build-lambda.ts writes (dist/lambda/index.mjs), or,
// when it has not been built, a placeholder that fails loudly, so `cdk:synth` always works offline.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const BUNDLE_DIR = join(REPO_ROOT, "dist", "lambda");
export const LAMBDA_HANDLER = "index.handler";

const PLACEHOLDER = `// Placeholder written by deploy/lib/lambda-code.ts: the real bundle was not built when this stack was
// synthesized. Run \`npm run build:lambda\` (scripts/build-lambda.ts), then synthesize again.
export const handler = async () => {
  throw new Error("aiposture placeholder: build the Lambda bundle (npm run build:lambda) and redeploy");
};
`;

export interface LambdaCode {
  dir: string;
  placeholder: boolean;
}

/** The bundle directory when it holds index.mjs, else a placeholder directory under `outdir`. */
export function resolveLambdaCode(
  bundleDir = BUNDLE_DIR,
  outdir = join(REPO_ROOT, "deploy", "cdk.out"),
): LambdaCode {
  if (existsSync(join(bundleDir, "index.mjs"))) return { dir: bundleDir, placeholder: false };
  const dir = join(outdir, "placeholder-lambda");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "index.mjs"), PLACEHOLDER);
  return { dir, placeholder: true };
}
