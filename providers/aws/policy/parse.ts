// Parses a resource policy (JSON text or parsed object) into normalized statements, or says what is malformed.
// Never throws. Element names are matched case-insensitively (tolerance); values may be a string or a list.

export type Effect = "Allow" | "Deny";

export interface PrincipalEntry {
  /** "*" for the bare `"Principal": "*"`, otherwise AWS, Service, Federated or CanonicalUser. */
  type: string;
  value: string;
}

export interface PrincipalSpec {
  negated: boolean;
  entries: PrincipalEntry[];
}

export interface PatternSpec {
  /** NotAction / NotResource. */
  negated: boolean;
  patterns: string[];
}

export interface ConditionTest {
  /** The operator as written, e.g. "ForAnyValue:StringEqualsIfExists". */
  operator: string;
  /** Lower-case base operator without qualifier and IfExists, e.g. "stringequals". */
  base: string;
  qualifier?: "ForAnyValue" | "ForAllValues";
  ifExists: boolean;
  /** Lower-case condition key (keys are case-insensitive). */
  key: string;
  rawKey: string;
  values: string[];
}

export interface ParsedStatement {
  /** 1-based position in the Statement list. */
  index: number;
  sid?: string;
  effect: Effect;
  principal: PrincipalSpec;
  actions: PatternSpec;
  resources: PatternSpec;
  conditions: ConditionTest[];
}

export type ParseResult = { ok: true; statements: ParsedStatement[] } | { ok: false; error: string };

export const KNOWN_OPERATORS = new Set([
  "stringequals",
  "stringnotequals",
  "stringequalsignorecase",
  "stringnotequalsignorecase",
  "stringlike",
  "stringnotlike",
  "numericequals",
  "numericnotequals",
  "numericlessthan",
  "numericlessthanequals",
  "numericgreaterthan",
  "numericgreaterthanequals",
  "dateequals",
  "datenotequals",
  "datelessthan",
  "datelessthanequals",
  "dategreaterthan",
  "dategreaterthanequals",
  "bool",
  "binaryequals",
  "ipaddress",
  "notipaddress",
  "arnequals",
  "arnlike",
  "arnnotequals",
  "arnnotlike",
  "null",
]);

const PRINCIPAL_TYPES: Record<string, string> = {
  aws: "AWS",
  service: "Service",
  federated: "Federated",
  canonicaluser: "CanonicalUser",
};

class Malformed extends Error {}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Looks an element up by name, exact spelling first, then case-insensitively. */
function element(obj: Record<string, unknown>, name: string): { present: boolean; value: unknown } {
  // A property set to undefined is absent, as it would be once serialized to JSON.
  if (Object.prototype.hasOwnProperty.call(obj, name) && obj[name] !== undefined)
    return { present: true, value: obj[name] };
  const lower = name.toLowerCase();
  for (const key of Object.keys(obj)) {
    if (key.toLowerCase() === lower && obj[key] !== undefined) return { present: true, value: obj[key] };
  }
  return { present: false, value: undefined };
}

function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

function scalarText(value: unknown, allowNonString: boolean): string | undefined {
  if (typeof value === "string") return value;
  if (allowNonString && (typeof value === "number" || typeof value === "boolean")) return String(value);
  return undefined;
}

/** A string or a non-empty list of strings (numbers and booleans too where `allowNonString`). */
function stringList(value: unknown, where: string, allowNonString = false, allowEmpty = false): string[] {
  const single = scalarText(value, allowNonString);
  if (single !== undefined) return [single];
  if (Array.isArray(value)) {
    if (value.length === 0 && !allowEmpty) throw new Malformed(`${where} is an empty list`);
    return value.map((item, i) => {
      const text = scalarText(item, allowNonString);
      if (text === undefined)
        throw new Malformed(`${where}[${i}] must be a string, not ${describeType(item)}`);
      return text;
    });
  }
  throw new Malformed(`${where} must be a string or a list of strings, not ${describeType(value)}`);
}

function parsePrincipal(value: unknown, negated: boolean, where: string): PrincipalSpec {
  if (typeof value === "string") {
    if (value.trim() === "*") return { negated, entries: [{ type: "*", value: "*" }] };
    throw new Malformed(`${where} must be "*" or an object such as {"AWS": "…"}, not the string "${value}"`);
  }
  if (!isRecord(value)) throw new Malformed(`${where} must be "*" or an object, not ${describeType(value)}`);
  const entries: PrincipalEntry[] = [];
  for (const [rawType, raw] of Object.entries(value)) {
    const type = PRINCIPAL_TYPES[rawType.toLowerCase()];
    if (!type)
      throw new Malformed(
        `${where} has unknown principal type "${rawType}" (expected AWS, Service, Federated or CanonicalUser)`,
      );
    for (const v of stringList(raw, `${where}.${rawType}`, true)) entries.push({ type, value: v.trim() });
  }
  if (entries.length === 0) throw new Malformed(`${where} is empty`);
  return { negated, entries };
}

function parseCondition(value: unknown, where: string): ConditionTest[] {
  if (!isRecord(value)) throw new Malformed(`${where} must be an object, not ${describeType(value)}`);
  const tests: ConditionTest[] = [];
  for (const [operator, block] of Object.entries(value)) {
    let rest = operator.trim();
    let qualifier: ConditionTest["qualifier"];
    const lower = rest.toLowerCase();
    if (lower.startsWith("forallvalues:")) {
      qualifier = "ForAllValues";
      rest = rest.slice("forallvalues:".length);
    } else if (lower.startsWith("foranyvalue:")) {
      qualifier = "ForAnyValue";
      rest = rest.slice("foranyvalue:".length);
    }
    let base = rest.toLowerCase();
    let ifExists = false;
    if (base.endsWith("ifexists") && base !== "ifexists") {
      ifExists = true;
      base = base.slice(0, -"ifexists".length);
    }
    if (!KNOWN_OPERATORS.has(base) || (base === "null" && ifExists)) {
      throw new Malformed(`${where} has unknown condition operator "${operator}"`);
    }
    if (!isRecord(block))
      throw new Malformed(
        `${where}.${operator} must be an object of condition keys, not ${describeType(block)}`,
      );
    const keys = Object.entries(block);
    if (keys.length === 0) throw new Malformed(`${where}.${operator} has no condition keys`);
    for (const [rawKey, raw] of keys) {
      const values = stringList(raw, `${where}.${operator}["${rawKey}"]`, true, true);
      tests.push({ operator, base, qualifier, ifExists, key: rawKey.trim().toLowerCase(), rawKey, values });
    }
  }
  return tests;
}

function parseStatement(raw: unknown, index: number): ParsedStatement {
  const where = `Statement ${index}`;
  if (!isRecord(raw)) throw new Malformed(`${where} must be an object, not ${describeType(raw)}`);

  const sidEl = element(raw, "Sid");
  let sid: string | undefined;
  if (sidEl.present && sidEl.value !== undefined && sidEl.value !== null) {
    const text = scalarText(sidEl.value, true);
    if (text === undefined)
      throw new Malformed(`${where}: Sid must be a string, not ${describeType(sidEl.value)}`);
    sid = text;
  }
  const label = sid !== undefined ? `${where} ("${sid}")` : where;

  const effectEl = element(raw, "Effect");
  if (!effectEl.present) throw new Malformed(`${label} has no Effect`);
  const effectText = typeof effectEl.value === "string" ? effectEl.value.trim().toLowerCase() : undefined;
  if (effectText !== "allow" && effectText !== "deny") {
    throw new Malformed(
      `${label}: Effect must be "Allow" or "Deny", not ${JSON.stringify(effectEl.value) ?? describeType(effectEl.value)}`,
    );
  }
  const effect: Effect = effectText === "allow" ? "Allow" : "Deny";

  const principalEl = element(raw, "Principal");
  const notPrincipalEl = element(raw, "NotPrincipal");
  if (principalEl.present && notPrincipalEl.present)
    throw new Malformed(`${label} has both Principal and NotPrincipal`);
  if (!principalEl.present && !notPrincipalEl.present) {
    throw new Malformed(`${label} has no Principal; a resource policy statement must name one`);
  }
  const principal = principalEl.present
    ? parsePrincipal(principalEl.value, false, `${label}: Principal`)
    : parsePrincipal(notPrincipalEl.value, true, `${label}: NotPrincipal`);

  const actionEl = element(raw, "Action");
  const notActionEl = element(raw, "NotAction");
  if (actionEl.present && notActionEl.present) throw new Malformed(`${label} has both Action and NotAction`);
  if (!actionEl.present && !notActionEl.present) throw new Malformed(`${label} has no Action or NotAction`);
  const actions: PatternSpec = actionEl.present
    ? { negated: false, patterns: stringList(actionEl.value, `${label}: Action`).map((a) => a.trim()) }
    : { negated: true, patterns: stringList(notActionEl.value, `${label}: NotAction`).map((a) => a.trim()) };

  const resourceEl = element(raw, "Resource");
  const notResourceEl = element(raw, "NotResource");
  if (resourceEl.present && notResourceEl.present)
    throw new Malformed(`${label} has both Resource and NotResource`);
  // A missing Resource is tolerated and read as every resource (the broadest, so never hides access).
  const resources: PatternSpec = resourceEl.present
    ? { negated: false, patterns: stringList(resourceEl.value, `${label}: Resource`).map((r) => r.trim()) }
    : notResourceEl.present
      ? {
          negated: true,
          patterns: stringList(notResourceEl.value, `${label}: NotResource`).map((r) => r.trim()),
        }
      : { negated: false, patterns: ["*"] };

  const conditionEl = element(raw, "Condition");
  const conditions =
    conditionEl.present && conditionEl.value !== null && conditionEl.value !== undefined
      ? parseCondition(conditionEl.value, `${label}: Condition`)
      : [];

  return { index, sid, effect, principal, actions, resources, conditions };
}

export function parsePolicy(document: unknown): ParseResult {
  try {
    let doc = document;
    if (typeof doc === "string") {
      try {
        doc = JSON.parse(doc) as unknown;
      } catch (error) {
        return {
          ok: false,
          error: `policy is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
        };
      }
    }
    if (!isRecord(doc)) return { ok: false, error: `policy must be a JSON object, not ${describeType(doc)}` };
    const statementEl = element(doc, "Statement");
    if (!statementEl.present) return { ok: false, error: "policy has no Statement" };
    const raw = statementEl.value;
    const list = Array.isArray(raw) ? raw : isRecord(raw) ? [raw] : undefined;
    if (!list)
      return {
        ok: false,
        error: `policy Statement must be an object or a list of objects, not ${describeType(raw)}`,
      };
    return { ok: true, statements: list.map((s, i) => parseStatement(s, i + 1)) };
  } catch (error) {
    if (error instanceof Malformed) return { ok: false, error: error.message };
    throw error;
  }
}
