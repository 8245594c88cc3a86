// Data-classification tag convention: a tag whose key is one of CLASSIFICATION_TAG_KEYS (case-insensitive)
// with a value in SENSITIVE_CLASSIFICATIONS marks an asset that holds sensitive data. Exposure findings on
// such assets are raised one severity step.

import { isUnknown, type Known } from "./known.js";

export const CLASSIFICATION_TAG_KEYS = ["data-classification", "dataclassification", "classification"];
export const SENSITIVE_CLASSIFICATIONS = ["phi", "pii", "pci", "confidential", "restricted", "secret"];

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
