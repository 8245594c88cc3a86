import type { AnyCheck } from "../model/check.js";

/** "--scan-artifacts" → "scanArtifacts", the key commander gives the flag's value. */
function flagKey(flag: string): string {
  return flag.replace(/^--/, "").replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/**
 * The checks that run: a check whose opt-in flag was not given judges reads that were not made, so it does not run
 * rather than answer unknown. A saved inventory holds whatever its scan read, so with --from-inventory all run.
 */
export function optedInChecks(
  checks: readonly AnyCheck[],
  flags: Readonly<Record<string, unknown>>,
): { run: AnyCheck[]; notRun: AnyCheck[] } {
  const on = (check: AnyCheck) =>
    !check.optIn || Boolean(flags.fromInventory) || flags[flagKey(check.optIn)] === true;
  return { run: checks.filter(on), notRun: checks.filter((check) => !on(check)) };
}
