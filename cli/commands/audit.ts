// Scan-time audit features, applied in this order to a finished report: suppressions (so the history knows
// which open failures are accepted), then history (new / persisting / resolved since the last run of the scope).
import { openHistoryRecorder, HistoryStore } from "../../src/history/index.js";
import type { Asset } from "../../src/model/asset.js";
import type { Report } from "../../src/model/finding.js";
import { normalizeResourceId } from "../../src/model/graph.js";
import {
  applySuppressions,
  loadSuppressions,
  type SuppressionSet,
  type Tags,
} from "../../src/suppressions/index.js";
import { CHECKS } from "../../wiring/registry.js";

export interface AuditFlags {
  history?: string;
  suppressions?: string;
}

export interface PreparedAudit {
  suppressions?: SuppressionSet;
}

/** Before collecting: read the suppressions file and open (create, migrate) the history, so bad input fails fast. */
export function prepareAudit(flags: AuditFlags): PreparedAudit {
  const suppressions = flags.suppressions ? loadSuppressions(flags.suppressions) : undefined;
  if (flags.history) HistoryStore.open(flags.history, { create: true }).close();
  return suppressions ? { suppressions } : {};
}

export function auditReport(
  report: Report,
  assets: readonly Asset[],
  flags: AuditFlags,
  prepared: PreparedAudit,
  context: {
    clock: () => Date;
    toolVersion: string;
    providers: readonly string[];
    regions?: readonly string[];
    checks?: string;
    checkIds: readonly string[];
  },
): Report {
  let out = report;
  if (prepared.suppressions) {
    const tags = new Map<string, Tags>(assets.map((a) => [normalizeResourceId(a.id), a.tags]));
    out = applySuppressions(out, prepared.suppressions, tags, context.clock());
  }
  if (flags.history) {
    const recorder = openHistoryRecorder(flags.history, context.clock, context.toolVersion);
    try {
      out = recorder.record(out, { ...context, catalogue: CHECKS.map((c) => c.id) });
    } finally {
      recorder.close();
    }
  }
  return out;
}
