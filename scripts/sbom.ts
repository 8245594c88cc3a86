// `npm run sbom [-- <file>]`: writes the CycloneDX SBOM of the runtime dependencies (default dist/aiposture.cdx.json).
import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { cyclonedxSbom } from "./sbom/cyclonedx.js";
import { runtimeTree } from "./sbom/runtime-tree.js";

const root = join(import.meta.dirname, "..");
const out = process.argv[2] ?? join(root, "dist", "aiposture.cdx.json");
const tree = runtimeTree(root);
const bom = cyclonedxSbom(tree, { timestamp: new Date().toISOString(), serial: `urn:uuid:${randomUUID()}` });
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(bom, null, 2) + "\n");
console.log(`${out}: ${tree.packages.length} runtime packages (${tree.root.dependsOn.length} direct)`);
