// The published package, as a user gets it: `npm pack` (which runs the build through prepack), the tarball unpacked
// into node_modules of an empty folder, and the CLI run from there. Runtime dependencies are linked from this
// checkout's node_modules — only those package.json declares in "dependencies", so an import of a devDependency
// (tsx, esbuild, …) or of a file left out of "files" fails here as it would for a user. A real `npm install` of the
// tarball takes minutes on a cold cache; AIPOSTURE_PACK_NPM_INSTALL=1 runs that instead.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, "..", "..");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  version: string;
  dependencies: Record<string, string>;
  files: string[];
};
const app = mkdtempSync(join(tmpdir(), "aiposture-pack-"));
let bin = "";
let packedFiles: string[] = [];

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], {
      cwd: app,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === "number" ? e.code : -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

beforeAll(async () => {
  const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", app], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  // prepack's build output comes before the JSON array.
  const packed = JSON.parse(stdout.slice(stdout.indexOf("\n[") + 1)) as Array<{
    filename: string;
    files: Array<{ path: string }>;
  }>;
  const tarball = join(app, packed[0]!.filename);
  packedFiles = packed[0]!.files.map((file) => file.path);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "consumer", private: true }));
  if (process.env.AIPOSTURE_PACK_NPM_INSTALL === "1") {
    await run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", tarball], { cwd: app });
  } else {
    const target = join(app, "node_modules", "aiposture");
    mkdirSync(target, { recursive: true });
    await run("tar", ["-xzf", tarball, "-C", target, "--strip-components=1"]);
    for (const name of Object.keys(pkg.dependencies)) {
      const link = join(app, "node_modules", name);
      mkdirSync(dirname(link), { recursive: true });
      symlinkSync(join(ROOT, "node_modules", name), link, "dir");
    }
  }
  bin = join(app, "node_modules", "aiposture", "bin", "aiposture.js");
}, 240_000);

describe("the packed tarball", () => {
  it("holds the compiled CLI and its data, and no TypeScript sources or tests", () => {
    expect(packedFiles).toContain("dist/cli/bin.js");
    expect(packedFiles).toContain("mocks/estates/demo.yaml");
    expect(packedFiles).toContain("data/advisories/osv-pypi-ai.json");
    expect(packedFiles.filter((path) => path.endsWith(".ts"))).toEqual([]);
    expect(packedFiles.filter((path) => path.startsWith("test/"))).toEqual([]);
  });

  it("declares tsx as a development dependency only", () => {
    expect(pkg.dependencies).not.toHaveProperty("tsx");
  });

  it("prints its version", async () => {
    const result = await cli("--version");
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout.trim()).toBe(pkg.version);
  });

  it("runs the demo from the installed package", async () => {
    const result = await cli("demo", "--format", "json");
    expect(result.stderr).not.toMatch(/Error/);
    const report = JSON.parse(result.stdout) as { tool: { version: string }; findings: unknown[] };
    expect(report.tool.version).toBe(pkg.version);
    expect(report.findings.length).toBeGreaterThan(50);
  });

  it("lists the checks, advisory-backed ones included", async () => {
    const result = await cli("checks");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/storage\.versioning/);
  });
});
