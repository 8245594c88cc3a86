// The trend of a scope: open failures by severity per run, and mean time to resolve.
import { SEVERITIES, type Severity } from "../model/severity.js";
import type { HistoryStore, ResolutionRow, RunRow } from "./store.js";

export interface MeanTimeToResolve {
  /** Open periods resolved. */
  resolved: number;
  meanSeconds: number;
  /** e.g. "3d 4h". */
  mean: string;
}

export interface TrendRun extends Omit<RunRow, "scope" | "openBySeverity"> {
  open: Record<Severity, number>;
  openTotal: number;
}

export interface ScopeTrend {
  scope: string;
  runs: TrendRun[];
  /**
   * From first seen to the run that saw the fix: an upper bound by up to one scan interval. By the severity the
   * failure had when it was resolved. null where nothing was resolved yet.
   */
  meanTimeToResolve: {
    overall: MeanTimeToResolve | null;
    bySeverity: Record<Severity, MeanTimeToResolve | null>;
  };
}

export function scopeTrend(store: HistoryStore, scope: string): ScopeTrend {
  return buildTrend(scope, store.runs(scope), store.resolutions(scope));
}

export function buildTrend(
  scope: string,
  runs: readonly RunRow[],
  resolutions: readonly ResolutionRow[],
): ScopeTrend {
  const bySeverity = Object.fromEntries(
    SEVERITIES.map((s) => [s, mean(resolutions.filter((r) => r.severity === s))]),
  ) as Record<Severity, MeanTimeToResolve | null>;
  return {
    scope,
    runs: runs.map(({ scope: _scope, openBySeverity, ...run }) => ({
      ...run,
      open: openBySeverity,
      openTotal: SEVERITIES.reduce((sum, s) => sum + (openBySeverity[s] ?? 0), 0),
    })),
    meanTimeToResolve: { overall: mean(resolutions), bySeverity },
  };
}

function mean(rows: readonly ResolutionRow[]): MeanTimeToResolve | null {
  if (rows.length === 0) return null;
  const total = rows.reduce((sum, r) => sum + (Date.parse(r.resolvedAt) - Date.parse(r.openedAt)) / 1000, 0);
  const meanSeconds = Math.round(total / rows.length);
  return { resolved: rows.length, meanSeconds, mean: humanDuration(meanSeconds) };
}

export function humanDuration(seconds: number): string {
  const units: Array<[string, number]> = [
    ["d", 86_400],
    ["h", 3_600],
    ["m", 60],
  ];
  const parts: string[] = [];
  let rest = Math.max(0, seconds);
  for (const [unit, size] of units) {
    const n = Math.floor(rest / size);
    if (n > 0 || (parts.length > 0 && parts.length < 2)) parts.push(`${n}${unit}`);
    rest -= n * size;
    if (parts.length === 2) break;
  }
  return parts.length > 0 ? parts.join(" ") : `${rest}s`;
}
