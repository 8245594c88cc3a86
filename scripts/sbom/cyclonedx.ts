// The runtime tree as a CycloneDX 1.6 JSON SBOM: one library component per installed package (purl, licence,
// SHA-512 from the lock's integrity), and the dependency graph.
import type { RuntimeTree } from "./runtime-tree.js";

const ref = (name: string, version: string) =>
  `pkg:npm/${encodeURIComponent(name).replace("%2F", "/")}@${version}`;

/** SPDX license id alone, or an expression when it combines ids. */
function licenses(license: string | undefined): unknown[] | undefined {
  if (!license) return undefined;
  return /\s(OR|AND|WITH)\s/.test(license) || license.startsWith("(")
    ? [{ expression: license }]
    : [{ license: { id: license } }];
}

function sha512(integrity: string | undefined): unknown[] | undefined {
  const match = integrity?.match(/^sha512-(.+)$/);
  return match ? [{ alg: "SHA-512", content: Buffer.from(match[1]!, "base64").toString("hex") }] : undefined;
}

export function cyclonedxSbom(tree: RuntimeTree, options: { timestamp: string; serial: string }): object {
  const byPath = new Map(tree.packages.map((p) => [p.path, ref(p.name, p.version)]));
  const rootRef = ref(tree.root.name, tree.root.version);
  const componentRefs = new Set<string>();
  const components = tree.packages.flatMap((p) => {
    const bomRef = ref(p.name, p.version);
    // The same name and version nested twice is one component.
    if (componentRefs.has(bomRef)) return [];
    componentRefs.add(bomRef);
    const slash = p.name.startsWith("@") ? p.name.indexOf("/") : -1;
    const lic = licenses(p.license);
    const hashes = sha512(p.integrity);
    return [
      {
        type: "library",
        "bom-ref": bomRef,
        ...(slash > 0 ? { group: p.name.slice(0, slash), name: p.name.slice(slash + 1) } : { name: p.name }),
        version: p.version,
        scope: "required",
        purl: bomRef,
        ...(lic ? { licenses: lic } : {}),
        ...(hashes ? { hashes } : {}),
      },
    ];
  });
  const deps = new Map<string, Set<string>>();
  deps.set(rootRef, new Set(tree.root.dependsOn.map((p) => byPath.get(p)!)));
  for (const p of tree.packages) {
    const set = deps.get(ref(p.name, p.version)) ?? new Set<string>();
    for (const d of p.dependsOn) set.add(byPath.get(d)!);
    deps.set(ref(p.name, p.version), set);
  }
  return {
    bomFormat: "CycloneDX",
    specVersion: "1.6",
    serialNumber: options.serial,
    version: 1,
    metadata: {
      timestamp: options.timestamp,
      lifecycles: [{ phase: "build" }],
      tools: { components: [{ type: "application", name: "aiposture scripts/sbom.ts" }] },
      component: {
        type: "application",
        "bom-ref": rootRef,
        name: tree.root.name,
        version: tree.root.version,
        purl: rootRef,
        ...(licenses(tree.root.license) ? { licenses: licenses(tree.root.license) } : {}),
      },
    },
    components,
    dependencies: [...deps.entries()].map(([r, on]) => ({ ref: r, dependsOn: [...on].sort() })),
  };
}
