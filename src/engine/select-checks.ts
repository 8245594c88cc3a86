import type { AnyCheck } from "../model/check.js";

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
  const includes = parts.filter((part) => !part.startsWith("!")).map(globToRegExp);
  const excludes = parts.filter((part) => part.startsWith("!")).map((part) => globToRegExp(part.slice(1)));
  const selected = checks.filter(
    (check) =>
      (includes.length === 0 || includes.some((re) => re.test(check.id))) &&
      !excludes.some((re) => re.test(check.id)),
  );
  if (selected.length === 0)
    throw new InputError(`--checks "${pattern}" matches no check (see: aiposture checks)`);
  return selected;
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  return new RegExp(`^${escaped}$`);
}

/** An error in what the user gave us (flag, file); the CLI maps it to the usage/input exit code. */
export class InputError extends Error {
  override name = "InputError";
}
