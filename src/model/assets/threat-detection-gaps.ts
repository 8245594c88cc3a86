import { enumerationGaps } from "../enumeration-gaps.js";
import type { Inventory } from "../inventory.js";
import type { ThreatDetectionAsset } from "./threat-detection.js";

/** Adds the scope's failed listings (other than the threat-detection service's own) to its asset. */
export function withEnumerationGaps(
  asset: ThreatDetectionAsset | undefined,
  inventory: Inventory,
): ThreatDetectionAsset | undefined {
  if (!asset) return asset;
  const gaps = enumerationGaps(inventory, asset, ["guardduty", "security", "defender"]);
  return gaps.length > 0 ? { ...asset, enumerationGaps: gaps } : asset;
}
