// The runtime dependency tree of the package, read from package-lock.json: what `npm install --omit=dev` of the
// published package installs. Resolved as Node resolves a require: a dependency of the package at `path` is the
// nearest `<ancestor>/node_modules/<name>` in the lock. (npm's own `npm sbom --omit dev --package-lock-only`
// drops packages that dev tools share, e.g. yaml, so the tree is walked here.)
import { readFileSync } from "node:fs";
import { join } from "node:path";

interface LockPackage {
  name?: string;
  version?: string;
  license?: string;
  integrity?: string;
  resolved?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

export interface RuntimePackage {
  /** The lock's key: node_modules/a/node_modules/b. */
  path: string;
  name: string;
  version: string;
  /** SPDX id or expression, as the package declares it; undefined when it declares none. */
  license?: string;
  integrity?: string;
  /** Paths of the packages it requires. */
  dependsOn: string[];
}

export interface RuntimeTree {
  root: { name: string; version: string; license?: string; dependsOn: string[] };
  packages: RuntimePackage[];
}

export function runtimeTree(rootDir: string): RuntimeTree {
  const lock = JSON.parse(readFileSync(join(rootDir, "package-lock.json"), "utf8")) as {
    packages: Record<string, LockPackage>;
  };
  const entries = lock.packages;
  const rootPackage = entries[""] ?? {};
  const resolve = (from: string, name: string): string | undefined => {
    let base = from;
    for (;;) {
      const candidate = `${base ? `${base}/` : ""}node_modules/${name}`;
      if (entries[candidate]) return candidate;
      if (!base) return undefined;
      const cut = base.lastIndexOf("/node_modules/");
      base = cut < 0 ? "" : base.slice(0, cut);
    }
  };
  const requires = (pkg: LockPackage): Array<{ name: string; optional: boolean }> => [
    ...Object.keys(pkg.dependencies ?? {}).map((name) => ({ name, optional: false })),
    ...Object.keys(pkg.optionalDependencies ?? {}).map((name) => ({ name, optional: true })),
    ...Object.keys(pkg.peerDependencies ?? {}).map((name) => ({
      name,
      optional: pkg.peerDependenciesMeta?.[name]?.optional === true,
    })),
  ];
  const edges = (path: string, pkg: LockPackage): string[] => {
    const out: string[] = [];
    for (const dep of requires(pkg)) {
      const found = resolve(path, dep.name);
      if (found) out.push(found);
      else if (!dep.optional)
        throw new Error(`package-lock.json: ${path || "the package"} needs ${dep.name}, not in the lock`);
    }
    return [...new Set(out)];
  };

  const rootDeps = edges("", { dependencies: rootPackage.dependencies ?? {} });
  const seen = new Map<string, RuntimePackage>();
  const queue = [...rootDeps];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    const pkg = entries[path]!;
    const dependsOn = edges(path, pkg);
    seen.set(path, {
      path,
      name: pkg.name ?? path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length),
      version: pkg.version ?? "0.0.0",
      ...(pkg.license ? { license: pkg.license } : {}),
      ...(pkg.integrity ? { integrity: pkg.integrity } : {}),
      dependsOn,
    });
    queue.push(...dependsOn);
  }
  return {
    root: {
      name: rootPackage.name ?? "aiposture",
      version: rootPackage.version ?? "0.0.0",
      ...(rootPackage.license ? { license: rootPackage.license } : {}),
      dependsOn: rootDeps,
    },
    packages: [...seen.values()].sort((a, b) => a.path.localeCompare(b.path)),
  };
}
