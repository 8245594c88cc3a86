// Puts what the history said onto the report: a state per failure, the resolved and unverified lists.
import type { Report } from "../model/finding.js";
import type { RecordOutcome } from "./store.js";

export function annotateReport(report: Report, scope: string, outcome: RecordOutcome): Report {
  const findings = report.findings.map((finding) => {
    const history = outcome.states.get(finding.id);
    return history ? { ...finding, history } : finding;
  });
  return {
    ...report,
    findings,
    history: {
      scope,
      runId: outcome.runId,
      ...(outcome.previousRun ? { previousRun: outcome.previousRun } : {}),
      counts: outcome.counts,
    },
    resolved: outcome.resolved,
    unverified: outcome.unverified,
  };
}
