// Deny statements that narrow a public Allow: a Deny that reaches every caller (Principal "*", or NotPrincipal
// naming only fixed principals) and whose every condition test is a negated fixed-value test of an organization,
// account, principal, VPC/VPC endpoint or IP range. Such a Deny refuses every request from outside that fixed set
// (a missing key makes a negated test true), so the Allow is no longer public for the actions and resources it
// covers. A Deny that only refuses non-TLS requests narrows nothing.

import { expandPattern } from "./actions.js";
import { judgeFenceTest } from "./conditions.js";
import { globCovers, globMatches, hasWildcard } from "./glob.js";
import type { ParsedStatement } from "./parse.js";
import { denyAppliesToEveryone, denyExceptsOnlyFixed, entryDisplay } from "./principals.js";
import type { PolicyService } from "./types.js";

export interface Fence {
  statement: ParsedStatement;
  /** e.g. `denies it to every principal when StringNotEquals aws:PrincipalOrgID "o-123"`. */
  how: string;
}

export interface NonFence {
  statement: ParsedStatement;
  why: string;
}

export function classifyDenies(
  statements: ParsedStatement[],
  service: PolicyService,
): { fences: Fence[]; others: NonFence[] } {
  const fences: Fence[] = [];
  const others: NonFence[] = [];
  for (const statement of statements) {
    if (statement.effect !== "Deny") continue;
    const everyone = denyAppliesToEveryone(statement.principal);
    const exceptFixed = denyExceptsOnlyFixed(statement.principal);
    if (!everyone && !exceptFixed) continue; // a Deny for named principals does not narrow public access
    const who = everyone
      ? "every principal"
      : `everyone except ${statement.principal.entries.map((e) => entryDisplay(e, "NotPrincipal")).join(", ")}`;
    if (statement.conditions.length === 0) {
      fences.push({ statement, how: `denies it to ${who}${everyone ? " unconditionally" : ""}` });
      continue;
    }
    const judged = statement.conditions.map((test) => judgeFenceTest(test, service));
    const failed = judged.filter((j) => !j.limits);
    if (failed.length === 0) {
      fences.push({ statement, how: `denies it to ${who} when ${judged.map((j) => j.text).join(" and ")}` });
    } else {
      others.push({ statement, why: failed.map((j) => j.text).join("; ") });
    }
  }
  return { fences, others };
}

/** Whether the Deny covers every resource the Allow names. */
export function coversResources(deny: ParsedStatement, allow: ParsedStatement): boolean {
  if (deny.resources.negated) return false;
  if (allow.resources.negated) return deny.resources.patterns.includes("*");
  return allow.resources.patterns.every((r) => deny.resources.patterns.some((d) => globCovers(d, r, false)));
}

/** Whether the Deny's actions include this (possibly wildcard) catalog entry or action. */
export function deniesAction(deny: ParsedStatement, action: string): boolean {
  const { negated, patterns } = deny.actions;
  const matched = patterns.some((p) => globMatches(p, action, true));
  return negated ? !matched : matched;
}

/** Whether the Deny covers every action an Allow action pattern stands for. */
export function coversPattern(deny: ParsedStatement, pattern: string, service: PolicyService): boolean {
  if (!deny.actions.negated) return deny.actions.patterns.some((d) => globCovers(d, pattern, true));
  if (!hasWildcard(pattern)) return deniesAction(deny, pattern);
  // NotAction Deny: covered when no excepted action falls under the pattern.
  return (
    expandPattern(pattern, service).every((entry) => deniesAction(deny, entry)) && deniesAction(deny, pattern)
  );
}

/** Whether the Deny covers everything an Allow with NotAction grants. */
export function coversNotAction(deny: ParsedStatement, service: PolicyService): boolean {
  if (deny.actions.negated) return false;
  return deny.actions.patterns.some(
    (d) => d === "*" || (service !== "generic" && d.toLowerCase() === `${service}:*`),
  );
}
