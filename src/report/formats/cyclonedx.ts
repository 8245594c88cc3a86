// The AI bill of materials as CycloneDX 1.6 (ML-BOM): models as machine-learning-model components, data stores
// as data components (datasets), the platforms that train, serve, guard and retrieve for them as services,
// relations as dependencies, and each asset's open findings as properties holding their fingerprints.
import { createHash } from "node:crypto";
import type { Finding } from "../../model/finding.js";
import type { Bom, BomAsset } from "../inventory.js";

const MODEL_KINDS = new Set(["model", "custom-model"]);
const DATA_KINDS = new Set(["storage"]);

export interface CycloneDxOptions {
  toolVersion: string;
  /** Findings of the same assets (failures and unknowns are linked by fingerprint). */
  findings?: readonly Finding[];
  /** ISO time; defaults to now. */
  timestamp?: string;
}

export function renderCycloneDx(bom: Bom, options: CycloneDxOptions): string {
  return JSON.stringify(cycloneDxBom(bom, options), null, 2) + "\n";
}

export function cycloneDxBom(bom: Bom, options: CycloneDxOptions) {
  const open = new Map<string, Finding[]>();
  for (const finding of options.findings ?? []) {
    if (finding.status === "pass") continue;
    open.set(finding.resource.id, [...(open.get(finding.resource.id) ?? []), finding]);
  }
  const listed = new Set(bom.assets.map((a) => a.id));
  const components = bom.assets.filter((a) => !isService(a)).map((a) => component(a, open.get(a.id) ?? []));
  const services = bom.assets.filter(isService).map((a) => service(a, open.get(a.id) ?? []));
  const dependencies = bom.assets.map((asset) => ({
    ref: asset.id,
    dependsOn: [
      ...new Set(
        asset.relations.filter((r) => listed.has(r.target) && r.target !== asset.id).map((r) => r.target),
      ),
    ],
  }));
  return {
    bomFormat: "CycloneDX",
    specVersion: "1.6",
    serialNumber: `urn:uuid:${uuidFrom(bom.assets.map((a) => a.id).join("\n") + (options.timestamp ?? ""))}`,
    version: 1,
    metadata: {
      timestamp: options.timestamp ?? new Date().toISOString(),
      tools: { components: [{ type: "application", name: "aiposture", version: options.toolVersion }] },
    },
    components,
    services,
    dependencies,
  };
}

function isService(asset: BomAsset): boolean {
  return !MODEL_KINDS.has(asset.kind) && !DATA_KINDS.has(asset.kind);
}

function properties(asset: BomAsset, findings: readonly Finding[]) {
  return [
    { name: "aiposture:kind", value: asset.kind },
    { name: "aiposture:resource-type", value: asset.type },
    { name: "aiposture:provider", value: asset.provider },
    { name: "aiposture:account", value: asset.account },
    { name: "aiposture:region", value: asset.region },
    ...(asset.dataClassification
      ? [{ name: "aiposture:data-classification", value: asset.dataClassification }]
      : []),
    ...findings.map((f) => ({ name: `aiposture:finding:${f.status}`, value: `${f.id} ${f.checkId}` })),
  ];
}

function component(asset: BomAsset, findings: readonly Finding[]) {
  const model = MODEL_KINDS.has(asset.kind);
  return {
    type: model ? "machine-learning-model" : "data",
    "bom-ref": asset.id,
    name: asset.name,
    description: `${asset.kind} ${asset.id}`,
    ...(model ? {} : { data: [{ type: "dataset", name: asset.name }] }),
    properties: properties(asset, findings),
  };
}

function service(asset: BomAsset, findings: readonly Finding[]) {
  return {
    "bom-ref": asset.id,
    name: asset.name,
    description: `${asset.kind} ${asset.id}`,
    properties: properties(asset, findings),
  };
}

/** A name-based (v5-style) UUID from the BOM's content, so the same inventory gets the same serial number. */
function uuidFrom(text: string): string {
  const h = createHash("sha1").update(text).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${h.slice(18, 20)}-${h.slice(20, 32)}`;
}
