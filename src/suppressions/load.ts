// Reads a suppressions YAML file. Every error is an InputError naming the file, the line and the field.
import { readFileSync } from "node:fs";
import { InputError } from "../model/input-error.js";
import { parseYamlFile } from "../text/yaml-file.js";
import { expiryInstant, suppressionsFileSchema } from "./schema.js";
import type { SuppressionRef } from "../model/suppression.js";

/** A validated entry with where it came from and when it stops suppressing. */
export interface Suppression extends SuppressionRef {
  expiresAt: Date;
}

export interface SuppressionSet {
  file: string;
  entries: Suppression[];
}

export function loadSuppressions(file: string): SuppressionSet {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new InputError(`${file}: cannot read suppressions file: ${(error as Error).message}`);
  }
  return parseSuppressions(text, file);
}

export function parseSuppressions(text: string, file: string): SuppressionSet {
  const parsed = parseYamlFile(text, file, suppressionsFileSchema, "suppressions file");
  const entries = parsed.data.suppressions.map((entry, index): Suppression => {
    const ref: SuppressionRef = {
      line: parsed.lineOf(["suppressions", index]) ?? 0,
      checkId: entry.checkId,
      resource: entry.resource,
      reason: entry.reason,
      owner: entry.owner,
      expires: entry.expires,
    };
    if (entry.account !== undefined) ref.account = entry.account;
    if (entry.region !== undefined) ref.region = entry.region;
    if (entry.tags !== undefined) ref.tags = entry.tags;
    // The schema refused expiry values without an instant.
    return { ...ref, expiresAt: expiryInstant(entry.expires) as Date };
  });
  return { file, entries };
}
