import { InputError } from "../model/input-error.js";
import type { AnyCheck } from "../model/check.js";
import { globMatches } from "../text/glob.js";

/**
 * Filters checks by a comma-separated list of id globs ("storage.*,!storage.versioning").
 * Exclusions start with "!". Returns an error naming the pattern when it selects nothing.
 */
export function selectChecks(checks: readonly AnyCheck[], pattern: string | undefined): AnyCheck[] {
  if (!pattern || pattern.trim() === "") return [...checks];
  const parts = pattern
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const includes = parts.filter((part) => !part.startsWith("!"));
  const excludes = parts.filter((part) => part.startsWith("!")).map((part) => part.slice(1));
  const matches = (id: string) => (glob: string) => globMatches(glob, id, false);
  const selected = checks.filter(
    (check) =>
      (includes.length === 0 || includes.some(matches(check.id))) && !excludes.some(matches(check.id)),
  );
  if (selected.length === 0)
    throw new InputError(`--checks "${pattern}" matches no check (see: aiposture checks)`);
  return selected;
}
