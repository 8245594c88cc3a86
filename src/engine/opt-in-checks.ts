import type { AnyCheck, CheckInputs } from "../model/check.js";

/** "--scan-artifacts" → "scanArtifacts", the key commander gives the flag's value. */
function flagKey(flag: string): string {
  return flag.replace(/^--/, "").replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/**
 * The checks that run: a check whose opt-in flag was not given judges reads that were not made, so it does not run
 * rather than answer unknown. A saved inventory holds whatever its scan read, so with --from-inventory all run —
 * except checks that judge against a user input (--approved-models): those run only when the input was given.
 */
export function optedInChecks(
  checks: readonly AnyCheck[],
  flags: Readonly<Record<string, unknown>>,
  inputs: CheckInputs = {},
): { run: AnyCheck[]; notRun: AnyCheck[] } {
  const on = (check: AnyCheck) => {
    if (check.needsInput) return inputs[check.needsInput] !== undefined;
    return !check.optIn || Boolean(flags.fromInventory) || flags[flagKey(check.optIn)] === true;
  };
  return { run: checks.filter(on), notRun: checks.filter((check) => !on(check)) };
}
