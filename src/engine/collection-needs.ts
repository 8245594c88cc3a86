import type { AssetKind } from "../model/asset.js";
import type { AnyCheck } from "../model/check.js";

/**
 * What a scan must read, derived from the selected checks: the asset kinds they evaluate or look at through the
 * graph ("all" when one of them looks at every asset), and whether native findings (GuardDuty, Defender) are
 * wanted. A provider reads a service only when it produces one of these kinds, feeds a service that does, or
 * brings native findings that are wanted.
 */
export interface CollectionNeeds {
  kinds: ReadonlySet<AssetKind> | "all";
  native: boolean;
}

export function collectionNeeds(checks: readonly AnyCheck[], nativeWanted: boolean): CollectionNeeds {
  // Native findings are kept when they land on an AI asset (or escalate our findings on it): every service that
  // yields AI assets must be read to tell which resources those are.
  if (nativeWanted) return { kinds: "all", native: true };
  const kinds = new Set<AssetKind>();
  for (const check of checks) {
    if (check.uses === "all") return { kinds: "all", native: false };
    kinds.add(check.kind);
    for (const kind of check.uses ?? []) kinds.add(kind);
  }
  return { kinds, native: false };
}

/** A service, as the decision needs it: the kinds it produces, whether it brings native findings, what it reads. */
export interface ServiceNeedsView {
  id: string;
  assetKinds: readonly AssetKind[];
  nativeFindings?: boolean;
  /** Other services whose records its normalizers read (access points read their buckets' policies). */
  readsRecordsOf?: readonly string[];
}

/** The ids of the services a scan with these needs must read; every service when no needs are given. */
export function servicesToRead(
  services: readonly ServiceNeedsView[],
  needs: CollectionNeeds | undefined,
): Set<string> {
  const kinds = needs?.kinds;
  if (!needs || kinds === "all") return new Set(services.map((s) => s.id));
  const wanted = new Set(
    services
      .filter((s) => s.assetKinds.some((kind) => kinds?.has(kind)) || (needs.native && s.nativeFindings))
      .map((s) => s.id),
  );
  // What a wanted service reads is wanted too, to a fixed point (reads may chain).
  for (let grew = true; grew;) {
    grew = false;
    for (const service of services)
      if (wanted.has(service.id))
        for (const id of service.readsRecordsOf ?? [])
          if (!wanted.has(id)) {
            wanted.add(id);
            grew = true;
          }
  }
  return wanted;
}
