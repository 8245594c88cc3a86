// Message templates: `{{name}}` (or `{{name.field}}`) placeholders filled from an outcome's data. One pass over
// the template, so a value is inserted as plain text: placeholders or `$` patterns inside a (possibly
// attacker-named) value are never expanded. Reporters escape the finished message for their format.
import type { MessageData } from "../model/check.js";

const PLACEHOLDER = /\{\{\s*([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\s*\}\}/g;

/** The placeholder names a template uses, in order of first use. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] as string))];
}

/** Placeholders of the template with no value in the data (absent, undefined or null). */
export function missingPlaceholders(template: string, data: MessageData): string[] {
  return placeholdersOf(template).filter((name) => valueAt(data, name) === undefined);
}

/** Fills the template; a placeholder without a value is left as written, so the gap shows rather than hides. */
export function formatMessage(template: string, data: MessageData): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = valueAt(data, name);
    return value === undefined ? whole : displayValue(value);
  });
}

/** The value at a dotted path, following own properties only; undefined when absent or null. */
function valueAt(data: MessageData, path: string): unknown {
  let value: unknown = data;
  for (const key of path.split(".")) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value ?? undefined;
}

/** Lists read as "a; b"; other non-strings as JSON. */
function displayValue(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint")
    return String(value);
  if (Array.isArray(value)) return value.map(displayValue).join("; ");
  return JSON.stringify(value) ?? String(value);
}
