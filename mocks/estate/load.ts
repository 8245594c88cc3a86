// Reads an estate file (YAML or JSON) and validates it; every error names the file, the field path and,
// for YAML, the line.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import { documentValue } from "../../src/text/yaml-value.js";
import { estateSchema } from "./compose.js";
import type { Estate } from "./schema.js";

export class EstateError extends Error {
  override readonly name = "EstateError";
}

export function loadEstate(path: string): Estate {
  const label = basename(path);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new EstateError(`${label}: cannot read estate file: ${(err as Error).message}`);
  }
  return parseEstate(text, label);
}

/** Parse estate text; `label` names the source in error messages. JSON is valid YAML, so one parser serves both. */
export function parseEstate(text: string, label = "estate"): Estate {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const syntax = doc.errors[0];
  if (syntax) {
    const { line, col } = lineCounter.linePos(syntax.pos[0]);
    throw new EstateError(`${label}:${line}:${col}: syntax error: ${firstLine(syntax.message)}`);
  }
  const result = estateSchema.safeParse(toPlain(doc, label) ?? {}, { reportInput: true });
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const where = lineOf(doc, lineCounter, issue.path);
    const field = formatPath(issue.path) || "(root)";
    return `${label}${where === undefined ? "" : `:${where}`}: ${field}: ${describe(issue)}`;
  });
  throw new EstateError(lines.join("\n"));
}

/** The document's value; aliases that expand past the limit (an alias bomb) are an input error. */
function toPlain(doc: ReturnType<typeof parseDocument>, label: string): unknown {
  const value = documentValue(doc);
  if (!value.ok) throw new EstateError(`${label}: ${value.message}`);
  return value.value;
}

export function validateEstate(value: unknown, label = "estate"): Estate {
  const result = estateSchema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  throw new EstateError(
    result.error.issues.map((i) => `${label}: ${formatPath(i.path) || "(root)"}: ${describe(i)}`).join("\n"),
  );
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type") {
    const input = issue.input;
    const got =
      input === undefined
        ? "nothing"
        : input === null
          ? "null"
          : Array.isArray(input)
            ? "array"
            : typeof input;
    return `expected ${issue.expected}, got ${got}`;
  }
  if (issue.code === "unrecognized_keys") return `unknown field(s) ${issue.keys.join(", ")}`;
  if (issue.code === "invalid_union") return "does not match any accepted shape";
  return issue.message;
}

// The line of the deepest node that exists on the issue's path (a missing field points at its parent).
function lineOf(
  doc: ReturnType<typeof parseDocument>,
  counter: LineCounter,
  path: readonly PropertyKey[],
): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as (string | number)[], true) as
      { range?: [number, number, number] } | undefined;
    const offset = node?.range?.[0];
    if (offset !== undefined) return counter.linePos(offset).line;
  }
  return undefined;
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}
