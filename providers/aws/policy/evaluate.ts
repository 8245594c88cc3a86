// Decides whether a resource policy grants access to the public, following the S3 User Guide section
// "The meaning of 'public'": a statement is non-public only when it is limited to fixed principals or to fixed
// values of identifying condition keys; Deny fences on org/account/principal/network narrow public Allows.

import { classifyEntries, expandNotAction, expandPattern } from "./actions.js";
import { judgeAllowTest } from "./conditions.js";
import type { Fence } from "./deny-fence.js";
import {
  classifyDenies,
  coversNotAction,
  coversPattern,
  coversResources,
  deniesAction,
} from "./deny-fence.js";
import { hasWildcard } from "./glob.js";
import { inferService } from "./infer-service.js";
import type { ParsedStatement } from "./parse.js";
import { parsePolicy } from "./parse.js";
import { accountOf, analyzeAllowPrincipal, entryDisplay } from "./principals.js";
import type {
  AccessLevel,
  EvaluateOptions,
  PolicyEvaluation,
  PolicyService,
  PolicyVerdict,
  PublicStatement,
} from "./types.js";

function label(statement: ParsedStatement): string {
  return statement.sid !== undefined
    ? `Statement ${statement.index} (${JSON.stringify(statement.sid)})`
    : `Statement ${statement.index}`;
}

function accessText(access: AccessLevel[]): string {
  return access.length === 2 ? "public read and write" : `public ${access[0] ?? "access"}`;
}

interface Remainder {
  /** Action patterns still public, as written. */
  actions: string[];
  /** Catalog entries / actions still public. */
  entries: string[];
  /** Fences that removed something. */
  applied: Fence[];
}

/** What of an Allow's actions no fence covers. */
function remainder(allow: ParsedStatement, fences: Fence[], service: PolicyService): Remainder {
  const relevant = fences.filter((f) => coversResources(f.statement, allow));
  const applied = new Set<Fence>();
  const excludedBy = (entry: string): Fence | undefined =>
    relevant.find((f) => deniesAction(f.statement, entry));

  if (allow.actions.negated) {
    const full = relevant.find((f) => coversNotAction(f.statement, service));
    if (full) return { actions: [], entries: [], applied: [full] };
    const entries = expandNotAction(allow.actions.patterns, service).filter((entry) => {
      const fence = excludedBy(entry);
      if (fence) applied.add(fence);
      return !fence;
    });
    const actions = entries.length > 0 ? [`every action except ${allow.actions.patterns.join(", ")}`] : [];
    return { actions, entries, applied: [...applied] };
  }

  const actions: string[] = [];
  const entries: string[] = [];
  for (const pattern of allow.actions.patterns) {
    const whole = relevant.find((f) => coversPattern(f.statement, pattern, service));
    if (whole) {
      applied.add(whole);
      continue;
    }
    const left = expandPattern(pattern, service).filter((entry) => {
      const fence = hasWildcard(entry) ? undefined : excludedBy(entry);
      if (fence) applied.add(fence);
      return !fence;
    });
    if (left.length === 0) continue; // every action the pattern stands for is fenced
    actions.push(pattern);
    entries.push(...left);
  }
  return { actions, entries, applied: [...applied] };
}

export function evaluateParsed(statements: ParsedStatement[], options: EvaluateOptions): PolicyVerdict {
  const service: PolicyService = options.service ?? inferService(statements);
  const owner = options.ownerAccount?.trim() || undefined;
  const { fences, others } = classifyDenies(statements, service);

  const publicStatements: PublicStatement[] = [];
  const fencedBy: PolicyVerdict["fencedBy"] = [];
  const limitNotes: string[] = [];
  const crossAccount = new Set<string>();

  for (const statement of statements) {
    if (statement.effect !== "Allow") continue;
    const principal = analyzeAllowPrincipal(statement.principal);

    for (const entry of statement.principal.negated ? [] : statement.principal.entries) {
      if (entry.type !== "AWS" || hasWildcard(entry.value) || entry.value.includes("${")) continue;
      const account = accountOf(entry.value);
      if (owner === undefined || (account !== undefined && account !== owner)) crossAccount.add(entry.value);
    }

    if (!principal.opener) {
      const names = principal.fixed.map((e) => entryDisplay(e, "")).map((s) => s.trim());
      limitNotes.push(
        `${label(statement)} is limited to fixed principal${names.length > 1 ? "s" : ""} ${names.join(", ")}`,
      );
      continue;
    }

    const judged = statement.conditions.map((test) => judgeAllowTest(test, service));
    const limiting = judged.find((j) => j.limits);
    if (limiting) {
      limitNotes.push(`${label(statement)} is limited by ${limiting.text}`);
      continue;
    }
    const condition = judged.length === 0 ? "none" : judged.map((j) => j.text).join("; ");
    const conditionText =
      judged.length === 0 ? "with no limiting condition" : `with no limiting condition (${condition})`;

    const left = remainder(statement, fences, service);
    const written = statement.actions.negated
      ? `every action except ${statement.actions.patterns.join(", ")}`
      : statement.actions.patterns.join(", ");
    const opened = `${label(statement)} allows ${written} to ${principal.opener.display}`;

    for (const fence of left.applied) {
      const full = left.entries.length === 0;
      fencedBy.push({
        index: fence.statement.index,
        sid: fence.statement.sid,
        reason: full
          ? `${opened} but ${label(fence.statement)} ${fence.how}, so it is not public`
          : `${label(fence.statement)} narrows ${label(statement)}: it ${fence.how.replace(
              "denies it",
              `denies ${fence.statement.actions.negated ? "every action except " : ""}${fence.statement.actions.patterns.join(", ")}`,
            )}`,
      });
    }
    if (left.entries.length === 0) {
      if (left.applied.length === 0) limitNotes.push(`${label(statement)} allows no actions`);
      continue;
    }

    const { access, permissionsManagement } = classifyEntries(left.entries);
    const pm =
      permissionsManagement.length > 0
        ? `; includes permissions management: ${permissionsManagement.join(", ")}`
        : "";
    const actionsWord =
      left.applied.length > 0
        ? `${label(statement)} allows ${left.actions.join(", ")} (after Deny fences) to ${principal.opener.display}`
        : opened;
    publicStatements.push({
      index: statement.index,
      sid: statement.sid,
      principal: principal.opener.label,
      actions: left.actions,
      access,
      condition,
      reason: `${actionsWord} ${conditionText} (${accessText(access)})${pm}`,
    });
  }

  const read = publicStatements.some((s) => s.access.includes("read"));
  const write = publicStatements.some((s) => s.access.includes("write"));
  const isPublic = publicStatements.length > 0;
  const reasons: string[] = [];
  if (isPublic) {
    reasons.push(...publicStatements.map((s) => s.reason));
    reasons.push(...fencedBy.map((f) => f.reason));
    for (const other of others)
      reasons.push(`${label(other.statement)} does not narrow who has access: ${other.why}`);
  } else {
    const anyAllow = statements.some((s) => s.effect === "Allow");
    reasons.push(anyAllow ? "no statement allows anonymous access" : "no statement allows access");
    reasons.push(...limitNotes, ...fencedBy.map((f) => f.reason));
  }

  return {
    ok: true,
    public: isPublic,
    read,
    write,
    publicStatements,
    fencedBy,
    crossAccountPrincipals: [...crossAccount],
    reasons,
  };
}

/** Evaluates a resource policy (JSON text or parsed object). Never throws: malformed input yields `ok: false`. */
export function evaluatePolicy(document: unknown, options: EvaluateOptions = {}): PolicyEvaluation {
  try {
    const parsed = parsePolicy(document);
    if (!parsed.ok) return { ok: false, error: parsed.error };
    return evaluateParsed(parsed.statements, options);
  } catch (error) {
    return {
      ok: false,
      error: `could not evaluate policy: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
