import { InputError } from "../../src/model/input-error.js";
import { HistoryStore, renderHistoryTable, scopeTrend, type ScopeTrend } from "../../src/history/index.js";
import { EXIT } from "../exit-codes.js";
import type { Io } from "./scan.js";

export interface HistoryFlags {
  history: string;
  format: "table" | "json";
  scope?: string;
}

/** `aiposture history`: the runs of each scope and the trend. Reads the file; never writes a run. */
export function runHistory(flags: HistoryFlags, io: Io): { exitCode: number; trends: ScopeTrend[] } {
  const store = HistoryStore.open(flags.history, { create: false });
  try {
    const scopes = store.scopes().map((s) => s.scope);
    const selected = flags.scope === undefined ? scopes : [pickScope(flags.history, scopes, flags.scope)];
    const trends = selected.map((s) => scopeTrend(store, s));
    io.stdout(
      flags.format === "json"
        ? JSON.stringify({ file: flags.history, scopes: trends }, null, 2) + "\n"
        : renderHistoryTable(trends),
    );
    return { exitCode: EXIT.ok, trends };
  } finally {
    store.close();
  }
}

/** The exact key, or the one key containing the text (e.g. an account id), so long keys need not be copied. */
function pickScope(file: string, scopes: readonly string[], wanted: string): string {
  if (scopes.includes(wanted)) return wanted;
  const matches = scopes.filter((s) => s.includes(wanted));
  if (matches.length === 1) return matches[0] as string;
  const list = (items: readonly string[]) => items.map((s) => `  ${s}`).join("\n");
  if (matches.length > 1)
    throw new InputError(`${file}: --scope "${wanted}" matches ${matches.length} scopes:\n${list(matches)}`);
  const known = scopes.length > 0 ? list(scopes) : "  (none yet)";
  throw new InputError(`${file}: no runs for --scope "${wanted}"; scopes in the file:\n${known}`);
}
