// The AI bill of materials: every AI asset a scan found (all kinds but the account and threat-detection scopes) and how they connect —
// which bucket a knowledge base reads, which vector store holds its embeddings, which guardrail an agent uses.
// Built from normalized assets, so it is the same for a live scan and a saved inventory.
import type { Asset } from "../model/asset.js";
import { AssetGraph } from "../model/graph.js";
import type { CollectionError, ProviderId } from "../model/inventory.js";

export interface BomRelation {
  type: string;
  /** ARN / ARM id of the related resource. */
  target: string;
  /** Whether the target is itself an asset of this inventory (else it was not scanned, or is not an AI asset). */
  targetKnown: boolean;
  detail?: string;
}

export interface BomAsset {
  id: string;
  kind: string;
  type: string;
  name: string;
  provider: ProviderId;
  account: string;
  region: string;
  /** Value of the data-classification tag, lower-cased; null when untagged or unreadable. */
  dataClassification: string | null;
  relations: BomRelation[];
}

/** JSON contract of `aiposture inventory --format json` (schemaVersion 1; README "AI bill of materials"). */
export interface Bom {
  schemaVersion: 1;
  assets: BomAsset[];
  /** What could not be read: assets may be missing from the list, and relations from an asset. */
  errors: CollectionError[];
}

/** Not AI assets: the account itself and threat-detection scopes (GuardDuty detectors, Defender plans). */
const NOT_IN_BOM = new Set<string>(["account", "threat-detection"]);

export function buildBom(assets: readonly Asset[], errors: readonly CollectionError[]): Bom {
  // The graph sees every asset, accounts included, so a relation to one still counts as known.
  const graph = new AssetGraph(assets);
  const listed = assets
    .filter((asset) => !NOT_IN_BOM.has(asset.kind))
    .map((asset): BomAsset => ({
      id: asset.id,
      kind: asset.kind,
      type: asset.type,
      name: asset.name,
      provider: asset.provider,
      account: asset.account,
      region: asset.region,
      dataClassification: asset.dataClassification ?? null,
      relations: asset.relations.map((relation) => ({
        type: relation.type,
        target: relation.target,
        targetKnown: graph.get(relation.target) !== undefined,
        ...(relation.detail ? { detail: relation.detail } : {}),
      })),
    }))
    .sort(compareBomAssets);
  return { schemaVersion: 1, assets: listed, errors: [...errors] };
}

function compareBomAssets(a: BomAsset, b: BomAsset): number {
  return (
    a.provider.localeCompare(b.provider) ||
    a.account.localeCompare(b.account) ||
    a.kind.localeCompare(b.kind) ||
    a.region.localeCompare(b.region) ||
    a.name.localeCompare(b.name) ||
    a.id.localeCompare(b.id)
  );
}

export function renderBomJson(bom: Bom): string {
  return JSON.stringify(bom, null, 2) + "\n";
}
