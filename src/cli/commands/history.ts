import { InputError } from "../../engine/select-checks.js";
import { HistoryStore, renderHistoryTable, scopeTrend, type ScopeTrend } from "../../history/index.js";
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
    if (flags.scope !== undefined && !scopes.includes(flags.scope)) {
      const known = scopes.length > 0 ? scopes.map((s) => `  ${s}`).join("\n") : "  (none yet)";
      throw new InputError(
        `${flags.history}: no runs for --scope "${flags.scope}"; scopes in the file:\n${known}`,
      );
    }
    const trends = (flags.scope !== undefined ? [flags.scope] : scopes).map((s) => scopeTrend(store, s));
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
