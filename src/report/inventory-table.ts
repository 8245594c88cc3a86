// The AI bill of materials for a terminal: one line per asset, its relations indented beneath, within 80
// columns. Every name, target and detail comes from the cloud, so all of it is escaped.
import type { Bom, BomAsset, BomRelation } from "./inventory.js";
import { terminalSafe, truncate } from "./sanitize.js";

const KIND = 16;
const REGION = 14;
const DATA = 12;
const RELATION = 24;

export function renderBomTable(bom: Bom, width = 80): string {
  const name = width - KIND - REGION - DATA - 3;
  const byId = new Map(bom.assets.map((asset) => [asset.id, asset]));
  const lines: string[] = [];
  let group = "";
  for (const asset of bom.assets) {
    const scope = `${asset.provider} ${asset.account}`;
    if (scope !== group) {
      if (group) lines.push("");
      lines.push(
        clean(scope),
        [pad("KIND", KIND), pad("NAME", name), pad("REGION", REGION), "DATA"].join(" "),
      );
      lines.push("-".repeat(width));
      group = scope;
    }
    lines.push(
      [
        pad(asset.kind, KIND),
        pad(clean(asset.name), name),
        pad(asset.region, REGION),
        truncate(clean(asset.dataClassification ?? ""), DATA),
      ]
        .join(" ")
        .trimEnd(),
    );
    for (const relation of asset.relations) lines.push(relationLine(relation, byId, width));
  }
  if (bom.assets.length === 0) lines.push("No AI assets found.");
  if (bom.errors.length > 0) {
    lines.push(
      "",
      `COVERAGE GAPS (${bom.errors.length}): these could not be read, so the list may be incomplete`,
    );
    for (const error of bom.errors.slice(0, 20)) {
      const where = [error.account, error.region, error.service, error.operation, error.resource]
        .filter(Boolean)
        .join(" ");
      lines.push(`  ${truncate(clean(`${where}: ${error.code}`), width - 2)}`);
    }
    if (bom.errors.length > 20) lines.push(`  … and ${bom.errors.length - 20} more (see --format json)`);
  }
  lines.push("", ...summary(bom, width));
  return lines.join("\n") + "\n";
}

function relationLine(relation: BomRelation, byId: Map<string, BomAsset>, width: number): string {
  const target = byId.get(relation.target);
  // Targets outside the inventory are marked up front, so truncation cannot hide it.
  const label = target
    ? `${target.kind} ${target.name}`
    : `${relation.targetKnown ? "" : "*"}${shortId(relation.target)}`;
  const detail = relation.detail && target ? ` (${relation.detail})` : "";
  return truncate(`  ${clean(relation.type).padEnd(RELATION)} → ${clean(label + detail)}`, width);
}

/** "arn:aws:bedrock:us-east-1::foundation-model/x" → "bedrock foundation-model/x"; other ids as they are. */
function shortId(id: string): string {
  if (!id.startsWith("arn:")) return id;
  const parts = id.split(":");
  return `${parts[2] ?? ""} ${parts.slice(5).join(":")}`;
}

function summary(bom: Bom, width: number): string[] {
  const relations = bom.assets.reduce((n, a) => n + a.relations.length, 0);
  const outside = bom.assets.reduce((n, a) => n + a.relations.filter((r) => !r.targetKnown).length, 0);
  const kinds = new Map<string, number>();
  for (const asset of bom.assets) kinds.set(asset.kind, (kinds.get(asset.kind) ?? 0) + 1);
  return [
    `${bom.assets.length} AI assets, ${relations} relations (${outside} outside it, marked *), ${bom.errors.length} coverage gaps`,
    ...wrap([...kinds].map(([kind, n]) => `${n} ${kind}`).join(", "), width),
  ];
}

/** Wraps a comma-separated list at commas so each line fits. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const part of text.split(", ").filter(Boolean)) {
    const next = line ? `${line}, ${part}` : part;
    // A line that breaks keeps its trailing comma, so it may take the width less one.
    if (next.length > width - 1 && line) {
      lines.push(`${line},`);
      line = part;
    } else line = next;
  }
  return line ? [...lines, line] : lines;
}

function pad(text: string, width: number): string {
  return truncate(text, width).padEnd(width);
}

function clean(text: string): string {
  return terminalSafe(text).replace(/\s+/g, " ");
}
