// The scan side of history: open the file before collecting (a bad path fails fast, before a long scan),
// then record the finished report and annotate it.
import type { Report } from "../model/finding.js";
import { annotateReport } from "./annotate.js";
import { scopeKey, type ScopeInput } from "./scope.js";
import { HistoryStore } from "./store.js";

export interface HistoryRecorder {
  /** Writes the run and returns the report marked with new / persisting / resolved. */
  record(
    report: Report,
    input: Omit<ScopeInput, "scopes"> & { checkIds: readonly string[]; catalogue: readonly string[] },
  ): Report;
  close(): void;
}

export function openHistoryRecorder(file: string, clock: () => Date, toolVersion: string): HistoryRecorder {
  const store = HistoryStore.open(file, { create: true });
  return {
    record(report, input) {
      const scope = scopeKey({ ...input, scopes: report.scopes });
      const outcome = store.record({
        scope,
        report,
        checkIds: new Set(input.checkIds),
        catalogue: new Set(input.catalogue),
        finishedAt: clock().toISOString(),
        toolVersion,
      });
      return annotateReport(report, scope, outcome);
    },
    close: () => store.close(),
  };
}
