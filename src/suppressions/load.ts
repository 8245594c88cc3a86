// Reads a suppressions YAML file. Every error is an InputError naming the file, the line and the field.
import { readFileSync } from "node:fs";
import { LineCounter, parseDocument, type Document } from "yaml";
import type { z } from "zod";
import { InputError } from "../model/input-error.js";
import { documentValue } from "../text/yaml-value.js";
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
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const syntax = doc.errors[0];
  if (syntax) {
    const { line, col } = counter.linePos(syntax.pos[0]);
    const first = syntax.message.split("\n")[0] ?? syntax.message;
    throw new InputError(`${file}:${line}:${col}: YAML syntax error: ${first}`);
  }
  const value = documentValue(doc);
  if (!value.ok) throw new InputError(`${file}: ${value.message}`);
  const result = suppressionsFileSchema.safeParse(value.value ?? {}, { reportInput: true });
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const line = lineOf(doc, counter, issue.path);
      const field = formatPath(issue.path) || "(file)";
      return `${file}${line === undefined ? "" : `:${line}`}: ${field}: ${describe(issue)}`;
    });
    throw new InputError(`invalid suppressions file\n${lines.join("\n")}`);
  }
  const entries = result.data.suppressions.map((entry, index): Suppression => {
    const ref: SuppressionRef = {
      line: lineOf(doc, counter, ["suppressions", index]) ?? 0,
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

function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

function describe(issue: z.core.$ZodIssue): string {
  if ((issue.code === "invalid_type" || issue.code === "invalid_union") && issue.input === undefined)
    return issue.code === "invalid_type" ? `required (expected ${issue.expected})` : "required";
  if (issue.code === "invalid_type") {
    const input = issue.input;
    const got = input === null ? "null" : Array.isArray(input) ? "a list" : typeof input;
    return `expected ${issue.expected}, got ${got}`;
  }
  if (issue.code === "unrecognized_keys") return `unknown field(s) ${issue.keys.join(", ")}`;
  if (issue.code === "invalid_union") {
    // Report the most specific branch's message (e.g. the account hint) rather than "no shape matched".
    const nested = issue.errors.flat().find((i) => i.code !== "invalid_type");
    return nested ? nested.message : "has the wrong type";
  }
  return issue.message;
}

// The line of the deepest node that exists on the issue's path: a missing field points at its entry.
function lineOf(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as (string | number)[], true) as
      { range?: [number, number, number] } | undefined;
    const offset = node?.range?.[0];
    if (offset !== undefined) return counter.linePos(offset).line;
  }
  return undefined;
}
