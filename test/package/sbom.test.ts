// The tool's own supply chain: `npm run sbom` writes a valid CycloneDX SBOM of exactly the runtime tree, every
// runtime package's licence is on the allow-list, and the README's dependency figures are the real ones.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { Spec, Validation } from "@cyclonedx/cyclonedx-library";
import { beforeAll, describe, expect, it } from "vitest";
import { runtimeTree } from "../../scripts/sbom/runtime-tree.js";

const ROOT = join(import.meta.dirname, "..", "..");
const tree = runtimeTree(ROOT);

/** Licences whose terms allow shipping aiposture under Apache-2.0 without obligations beyond notices. */
const ALLOWED = new Set([
  "MIT",
  "Apache-2.0",
  "ISC",
  "BSD-2-Clause",
  "BSD-3-Clause",
  "0BSD",
  "BlueOak-1.0.0",
  "CC0-1.0",
]);

/** An SPDX expression is acceptable when some choice of its OR branches uses allowed licences only. */
function allowed(expression: string): boolean {
  const text = expression.trim().replace(/^\((.*)\)$/, "$1");
  if (/\sOR\s/.test(text)) return text.split(/\s+OR\s+/).some(allowed);
  if (/\sAND\s/.test(text)) return text.split(/\s+AND\s+/).every(allowed);
  return ALLOWED.has(text);
}

let text = "";
beforeAll(async () => {
  const file = join(mkdtempSync(join(tmpdir(), "aiposture-sbom-")), "sbom.cdx.json");
  await promisify(execFile)(process.execPath, ["--import", "tsx", join(ROOT, "scripts", "sbom.ts"), file], {
    cwd: ROOT,
  });
  text = readFileSync(file, "utf8");
}, 60_000);

describe("npm run sbom", () => {
  it("writes CycloneDX 1.6 that the schema accepts", async () => {
    const validator = new Validation.JsonStrictValidator(Spec.Version.v1dot6);
    expect(await validator.validate(text)).toBeNull();
  });

  it("lists exactly the runtime tree: every direct dependency, no dev tool", () => {
    const bom = JSON.parse(text) as {
      metadata: { component: { name: string } };
      components: Array<{
        group?: string;
        name: string;
        purl: string;
        licenses?: unknown[];
        hashes?: unknown[];
      }>;
      dependencies: Array<{ ref: string; dependsOn: string[] }>;
    };
    const names = new Set(bom.components.map((c) => (c.group ? `${c.group}/${c.name}` : c.name)));
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    for (const name of Object.keys(pkg.dependencies)) expect(names, name).toContain(name);
    for (const name of [
      "vitest",
      "typescript",
      "eslint",
      "esbuild",
      "fast-check",
      "@cyclonedx/cyclonedx-library",
    ])
      expect(names, name).not.toContain(name);
    expect(bom.metadata.component.name).toBe("aiposture");
    expect(bom.components.every((c) => c.purl.startsWith("pkg:npm/") && c.licenses && c.hashes)).toBe(true);
    const root = bom.dependencies.find((d) => d.ref.startsWith("pkg:npm/aiposture@"));
    expect(root?.dependsOn).toHaveLength(Object.keys(pkg.dependencies).length);
  });
});

describe("runtime dependencies", () => {
  it("every licence is on the allow-list", () => {
    const refused = tree.packages.filter((p) => !p.license || !allowed(p.license));
    expect(refused.map((p) => `${p.name}@${p.version}: ${p.license ?? "none declared"}`)).toEqual([]);
  });

  it("the allow-list check refuses what it should", () => {
    expect(allowed("GPL-3.0-only")).toBe(false);
    expect(allowed("(MIT OR GPL-3.0-only)")).toBe(true);
    expect(allowed("MIT AND GPL-3.0-only")).toBe(false);
  });

  it("the README states the real counts", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    expect(readme).toContain(
      `**${tree.root.dependsOn.length} direct runtime dependencies, ${tree.packages.length} packages in all**`,
    );
  });
});
