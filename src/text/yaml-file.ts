// A YAML file validated by a zod schema, with every error a person can act on: the file, the line and the field.
import { LineCounter, parseDocument, type Document } from "yaml";
import type { z } from "zod";
import { InputError } from "../model/input-error.js";
import { documentValue } from "./yaml-value.js";

export interface ParsedYamlFile<T> {
  data: T;
  /** The line of the node at `path` (or of its deepest existing parent). */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** Parses `text` read from `file`; `what` names the file's kind in the error ("suppressions file"). */
export function parseYamlFile<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  what: string,
): ParsedYamlFile<z.output<S>> {
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
  const result = schema.safeParse(value.value ?? {}, { reportInput: true });
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const line = lineOf(doc, counter, issue.path);
      const field = formatPath(issue.path) || "(file)";
      return `${file}${line === undefined ? "" : `:${line}`}: ${field}: ${describe(issue)}`;
    });
    throw new InputError(`invalid ${what}\n${lines.join("\n")}`);
  }
  return { data: result.data, lineOf: (path) => lineOf(doc, counter, path) };
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
