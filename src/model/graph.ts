import type { Asset, AssetKind, AssetOfKind, Relation } from "./asset.js";

/** Read-only view of all assets of a scan, for checks that need a neighbour (toxic combinations). */
export class AssetGraph {
  private readonly byId = new Map<string, Asset>();

  constructor(assets: readonly Asset[]) {
    for (const asset of assets) this.byId.set(normalizeResourceId(asset.id), asset);
  }

  get(id: string): Asset | undefined {
    return this.byId.get(normalizeResourceId(id));
  }

  getOfKind<K extends AssetKind>(id: string, kind: K): AssetOfKind<K> | undefined {
    const asset = this.get(id);
    return asset?.kind === kind ? (asset as AssetOfKind<K>) : undefined;
  }

  /** Targets of an asset's relations of the given type that are in the inventory. */
  related(asset: Asset, type: string): Array<{ relation: Relation; asset: Asset }> {
    const out: Array<{ relation: Relation; asset: Asset }> = [];
    for (const relation of asset.relations) {
      if (relation.type !== type) continue;
      const target = this.get(relation.target);
      if (target) out.push({ relation, asset: target });
    }
    return out;
  }

  all(): IterableIterator<Asset> {
    return this.byId.values();
  }

  /** Every asset of one kind (indexed on first use): cheaper than filtering all(), and says what it reads. */
  ofKind<K extends AssetKind>(kind: K): readonly AssetOfKind<K>[] {
    if (!this.byKind) {
      this.byKind = new Map();
      for (const asset of this.byId.values()) {
        const list = this.byKind.get(asset.kind) ?? [];
        list.push(asset);
        this.byKind.set(asset.kind, list);
      }
    }
    return (this.byKind.get(kind) ?? []) as AssetOfKind<K>[];
  }

  private byKind: Map<AssetKind, Asset[]> | undefined;
}

/** ARNs compare exactly; Azure ARM ids compare case-insensitively. */
export function normalizeResourceId(id: string): string {
  // The prefix itself may come in any case (Defender and Activity Log sometimes upper-case whole ids).
  return /^\/subscriptions\//i.test(id) ? id.toLowerCase() : id;
}
