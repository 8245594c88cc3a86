// Output of `aiposture history`: per scope, one line per run (open failures by severity, what changed) and the
// mean time to resolve. Fits 80 columns.
import { SEVERITIES } from "../model/severity.js";
import { terminalSafe, truncate } from "../report/sanitize.js";
import type { ScopeTrend } from "./trend.js";

const COLUMNS: Array<[string, number]> = [
  ["OPEN", 5],
  ["CRIT", 5],
  ["HIGH", 5],
  ["MED", 4],
  ["LOW", 4],
  ["INFO", 5],
  ["NEW", 4],
  ["FIXED", 6],
  ["UNVER", 6],
  ["SUPPR", 6],
  ["GAPS", 5],
];

export function renderHistoryTable(trends: readonly ScopeTrend[], width = 80): string {
  if (trends.length === 0) return "No runs recorded yet.\n";
  const blocks = trends.map((trend) => {
    const lines = scopeLines(trend.scope, width, "SCOPE ", "      ");
    lines.push(
      `${"RUN".padStart(4)} ${"STARTED (UTC)".padEnd(16)}${COLUMNS.map(([h, w]) => h.padStart(w)).join("")}`,
    );
    for (const run of trend.runs) {
      const values = [
        run.openTotal,
        ...SEVERITIES.map((s) => run.open[s] ?? 0),
        run.new,
        run.resolved,
        run.unverified,
        run.suppressed,
        run.gaps,
      ];
      const cells = values.map((v, i) => String(v).padStart(COLUMNS[i]?.[1] ?? 5)).join("");
      lines.push(`${String(run.id).padStart(4)} ${formatTime(run.startedAt).padEnd(16)}${cells}`);
    }
    const mttr = trend.meanTimeToResolve;
    if (mttr.overall) {
      lines.push(`mean time to resolve: ${mttr.overall.mean} over ${mttr.overall.resolved} resolved`);
      const parts = SEVERITIES.flatMap((s) => {
        const m = mttr.bySeverity[s];
        return m ? [`${s} ${m.mean} (${m.resolved})`] : [];
      });
      lines.push(...wrap(parts, ", ", width, "  by severity: ", "    "));
    } else {
      lines.push("mean time to resolve: nothing resolved yet");
    }
    return lines.join("\n");
  });
  const legend =
    "OPEN: unresolved, unsuppressed failures after the run (unverified ones stay open); FIXED: resolved by the run";
  return `${blocks.join("\n\n")}\n\n${wrap(legend.split(" "), " ", width).join("\n")}\n`;
}

/**
 * The key is what --scope takes: shown whole, broken after its spaces and commas (continuation lines indented),
 * never cut; only a single part longer than a line is truncated.
 */
export function scopeLines(scope: string, width: number, first: string, rest: string): string[] {
  const tokens = terminalSafe(scope).match(/[^ ,]+[ ,]?/g) ?? [];
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const token of tokens) {
    if (!empty && line.trimEnd().length + token.trimEnd().length > width) {
      lines.push(line.trimEnd());
      line = rest;
    }
    line += token;
    empty = false;
  }
  lines.push(line.trimEnd());
  return lines.map((l) => truncate(l, width));
}

function formatTime(iso: string): string {
  return iso.slice(0, 16).replace("T", " ");
}

/** Wraps items (kept whole) joined by sep to width, the first line after `first`, the others after `rest`. */
function wrap(items: readonly string[], sep: string, width: number, first = "", rest = ""): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const item of items) {
    if (!empty && line.length + sep.length + item.length > width) {
      lines.push(line + sep.trimEnd());
      line = rest + item;
    } else line = empty ? line + item : line + sep + item;
    empty = false;
  }
  if (!empty) lines.push(line);
  return lines;
}
