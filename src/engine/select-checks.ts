import { InputError } from "../model/input-error.js";
import type { AnyCheck } from "../model/check.js";
import { globMatches } from "../text/glob.js";

/** Check ids of native findings kept as their own: "native.guardduty:<type>", "native.defender:<type>". */
const NATIVE_PREFIX = "native.";

/**
 * A comma-separated list of check id globs ("storage.*,!storage.versioning") as a predicate on check ids, ours
 * and native ones alike. Exclusions start with "!". No pattern selects everything.
 */
export function checkIdSelector(pattern: string | undefined): (id: string) => boolean {
  const parts = (pattern ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const includes = parts.filter((part) => !part.startsWith("!"));
  const excludes = parts.filter((part) => part.startsWith("!")).map((part) => part.slice(1));
  const matches = (id: string) => (glob: string) => globMatches(glob, id, false);
  return (id) => (includes.length === 0 || includes.some(matches(id))) && !excludes.some(matches(id));
}

/**
 * Filters checks by --checks. Returns an error naming the pattern when it selects nothing: neither a check nor
 * native findings (a glob that starts with "native." selects those).
 */
export function selectChecks(checks: readonly AnyCheck[], pattern: string | undefined): AnyCheck[] {
  if (!pattern || pattern.trim() === "") return [...checks];
  const selects = checkIdSelector(pattern);
  const selected = checks.filter((check) => selects(check.id));
  const includesNative = pattern
    .split(",")
    .map((part) => part.trim())
    .some((part) => part.startsWith(NATIVE_PREFIX));
  if (selected.length === 0 && !includesNative)
    throw new InputError(`--checks "${pattern}" matches no check (see: aiposture checks)`);
  return selected;
}

/** Whether a finding's check id is a native finding's (kept as its own, not one of our checks). */
export function isNativeCheckId(id: string): boolean {
  return id.startsWith(NATIVE_PREFIX);
}

/**
 * Whether --checks can keep any native finding, so the native sources (GuardDuty, Defender) must be read: an
 * include that names native findings, or a pattern that keeps a native finding of either source.
 */
export function nativeWanted(pattern: string | undefined): boolean {
  const includes = (pattern ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "" && !part.startsWith("!"));
  if (includes.some((part) => part.startsWith(NATIVE_PREFIX))) return true;
  const selects = checkIdSelector(pattern);
  return [`${NATIVE_PREFIX}guardduty:any`, `${NATIVE_PREFIX}defender:any`].some(selects);
}
