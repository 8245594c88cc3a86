// The AI asset graph as inline SVG: one column per asset kind, an edge per relation between listed assets.
// Names are text nodes (escaped); links are same-document fragments only.
import type { BomAsset } from "../inventory.js";
import { esc } from "./html-escape.js";

const COL = 190;
const ROW = 34;

export function assetGraphSvg(assets: readonly BomAsset[], anchor: (id: string) => string): string {
  if (assets.length === 0) return "<p>No asset inventory in this report.</p>";
  const kinds = [...new Set(assets.map((a) => a.kind))].sort();
  const place = new Map<string, { x: number; y: number }>();
  const rows = new Map<string, number>();
  for (const asset of assets) {
    const col = kinds.indexOf(asset.kind);
    const row = rows.get(asset.kind) ?? 0;
    rows.set(asset.kind, row + 1);
    place.set(asset.id, { x: 10 + col * COL, y: 40 + row * ROW });
  }
  const height = 60 + Math.max(...rows.values()) * ROW;
  const width = 20 + kinds.length * COL;
  const edges = assets.flatMap((asset) =>
    asset.relations
      .filter((relation) => place.has(relation.target))
      .map((relation) => {
        const a = place.get(asset.id)!;
        const b = place.get(relation.target)!;
        return `<line class="edge" x1="${a.x + 160}" y1="${a.y + 10}" x2="${b.x}" y2="${b.y + 10}"><title>${esc(relation.type)}</title></line>`;
      }),
  );
  const headers = kinds.map((kind, i) => `<text class="kind" x="${10 + i * COL}" y="20">${esc(kind)}</text>`);
  const nodes = assets.map((asset) => {
    const p = place.get(asset.id)!;
    const label = asset.name.length > 24 ? `${asset.name.slice(0, 23)}…` : asset.name;
    return `<a href="#${anchor(asset.id)}"><rect class="node" x="${p.x}" y="${p.y}" width="160" height="22" rx="4"/><text x="${p.x + 6}" y="${p.y + 15}">${esc(label)}</text></a>`;
  });
  return `<svg class="graph" role="img" aria-label="AI asset graph" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${headers.join("")}${edges.join("")}${nodes.join("")}</svg>`;
}
