// Which assets hold sensitive data, decided in this one place: a data-classification tag (CLASSIFICATION_TAG_KEYS,
// case-insensitive, with a value in SENSITIVE_CLASSIFICATIONS), or a sensitive-data discovery score (Amazon Macie)
// at or above SENSITIVE_DISCOVERY_SCORE. Exposure findings on such assets are raised one severity step.

import type { AssetBase } from "./asset-base.js";
import { isUnknown, type Known } from "./known.js";

export const CLASSIFICATION_TAG_KEYS = ["data-classification", "dataclassification", "classification"];
export const SENSITIVE_CLASSIFICATIONS = ["phi", "pii", "pci", "confidential", "restricted", "secret"];
/**
 * Macie labels a bucket "Sensitive" from score 51 to 100; 50 means "not yet analysed" (or excluded), 1–49 "not
 * sensitive", -1 a classification error. So only 51 and above is evidence of sensitive data.
 */
export const SENSITIVE_DISCOVERY_SCORE = 51;

export function classificationFromTags(tags: Known<Record<string, string>>): string | undefined {
  if (isUnknown(tags)) return undefined;
  for (const [key, value] of Object.entries(tags)) {
    if (CLASSIFICATION_TAG_KEYS.includes(key.toLowerCase())) return value.trim().toLowerCase();
  }
  return undefined;
}

export function isSensitiveClassification(value: string | undefined): boolean {
  return value !== undefined && SENSITIVE_CLASSIFICATIONS.includes(value);
}

/** The label a discovery score gives a store with no classification tag ("sensitive (Macie score 87)"). */
export function discoveredClassification(service: string, score: number): string | undefined {
  return score >= SENSITIVE_DISCOVERY_SCORE ? `sensitive (${service} score ${score})` : undefined;
}

/**
 * Why the asset counts as holding sensitive data (for the evidence of a raised finding), or undefined. A discovery
 * service that is off, unread or has not analysed the store never makes it sensitive (nor clears a tag).
 */
export function sensitivityOf(
  asset: Pick<AssetBase, "dataClassification" | "dataDiscovery">,
): string | undefined {
  if (isSensitiveClassification(asset.dataClassification))
    return `data-classification=${asset.dataClassification}`;
  const discovery = asset.dataDiscovery;
  if (!discovery || isUnknown(discovery) || !discovery.enabled || discovery.score === undefined)
    return undefined;
  return discovery.score >= SENSITIVE_DISCOVERY_SCORE
    ? `${discovery.service} sensitivity score ${discovery.score} (sensitive from ${SENSITIVE_DISCOVERY_SCORE})`
    : undefined;
}
