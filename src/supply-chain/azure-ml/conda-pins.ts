// Reads which AI packages a conda environment file pins, from its conda and pip dependencies. Only exact pins
// (pip `==`, conda `=`) say what is installed; a range or a bare name is resolved at build time and stays unknown.
import { parse } from "yaml";
import { AI_PACKAGES } from "../ai-packages.js";
import type { ImageComponent } from "../container-image.js";
import { normalizePackageName } from "../osv/match.js";

/** conda-forge / pytorch channel names whose PyPI name differs. */
const CONDA_TO_PYPI: Readonly<Record<string, string>> = { pytorch: "torch", "py-xgboost": "xgboost" };
const AI = new Set<string>(AI_PACKAGES.map(normalizePackageName));

export interface CondaPins {
  pinned: ImageComponent[];
  /** AI packages named without an exact version, as written. */
  unpinned: string[];
}

export function condaPins(text: string): CondaPins | { error: string } {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (error) {
    return { error: `the conda file is not valid YAML (${(error as Error).message.split("\n")[0]})` };
  }
  const deps = (doc as { dependencies?: unknown } | null)?.dependencies;
  if (!Array.isArray(deps)) return { error: "the conda file has no dependencies list" };
  const result: CondaPins = { pinned: [], unpinned: [] };
  for (const dep of deps) {
    if (typeof dep === "string") add(result, dep, /^([A-Za-z0-9_.-]+)\s*(?:==?\s*([^=\s,]+))?/, true);
    else if (dep && typeof dep === "object" && Array.isArray((dep as { pip?: unknown }).pip))
      for (const pip of (dep as { pip: unknown[] }).pip)
        if (typeof pip === "string")
          add(result, pip, /^([A-Za-z0-9_.-]+)(?:\[[^\]]*\])?\s*(?:===?\s*([^\s;,]+))?/, false);
  }
  return result;
}

function add(result: CondaPins, spec: string, pattern: RegExp, conda: boolean): void {
  const match = pattern.exec(spec.trim());
  if (!match?.[1]) return;
  const raw = match[1].toLowerCase();
  const name = normalizePackageName(conda ? (CONDA_TO_PYPI[raw] ?? raw) : raw);
  if (!AI.has(name)) return;
  // conda's single "=1.13" matches every 1.13.x release: there only a full major.minor.patch names one.
  const version = match[2];
  const rest = spec.trim().slice(match[1].length);
  const exact =
    version &&
    !version.includes("*") &&
    !/[<>!~]/.test(rest) &&
    (!conda || rest.includes("==") || version.split(".").length >= 3);
  if (exact) result.pinned.push({ name, version });
  else result.unpinned.push(spec.trim());
}
