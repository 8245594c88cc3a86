// Scheduled audits with memory (docs/history.md).
export { openHistoryRecorder } from "./record.js";
export type { HistoryRecorder } from "./record.js";
export { HistoryStore } from "./store.js";
export type { RunRow, ResolutionRow, RecordOutcome } from "./store.js";
export { scopeKey } from "./scope.js";
export type { ScopeInput } from "./scope.js";
export { classifyRun } from "./classify.js";
export type { FindingRow, Classification } from "./classify.js";
export { scopeTrend, buildTrend, humanDuration } from "./trend.js";
export type { ScopeTrend, TrendRun, MeanTimeToResolve } from "./trend.js";
export { renderHistoryTable } from "./render.js";
