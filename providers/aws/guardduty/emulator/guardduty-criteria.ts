// ListFindings' findingCriteria and sortCriteria over findings in their wire form. Attribute names are the
// dotted wire paths GuardDuty documents ("service.archived", "resource.s3BucketDetails.name", "severity");
// a path that crosses a list matches when any element matches. Timestamps compare as epoch milliseconds, as
// the API Reference specifies for createdAt/updatedAt/eventLastSeen criteria.

export type Condition = Partial<
  Record<
    | "eq"
    | "neq"
    | "equals"
    | "notEquals"
    | "gt"
    | "gte"
    | "lt"
    | "lte"
    | "greaterThan"
    | "greaterThanOrEqual"
    | "lessThan"
    | "lessThanOrEqual",
    unknown
  >
>;

export class CriteriaError extends Error {}

const KNOWN = new Set([
  "eq",
  "neq",
  "equals",
  "notEquals",
  "gt",
  "gte",
  "lt",
  "lte",
  "greaterThan",
  "greaterThanOrEqual",
  "lessThan",
  "lessThanOrEqual",
]);

export function matchesCriteria(finding: unknown, criterion: Record<string, Condition>): boolean {
  return Object.entries(criterion).every(([path, condition]) =>
    matches(valuesAt(finding, path), path, condition),
  );
}

function matches(values: unknown[], path: string, condition: Condition): boolean {
  const keys = Object.keys(condition);
  if (keys.length === 0 || keys.some((k) => !KNOWN.has(k)))
    throw new CriteriaError(`unsupported condition on ${path}: ${keys.join(", ") || "(none)"}`);
  const text = values.map((v) => comparable(path, v));
  const listOf = (v: unknown): string[] => {
    if (!Array.isArray(v) || v.some((x) => typeof x !== "string"))
      throw new CriteriaError(`${path}: eq/neq take a list of strings`);
    return (v as string[]).map((x) => comparable(path, x));
  };
  const num = (v: unknown): number => {
    if (typeof v !== "number") throw new CriteriaError(`${path}: gt/gte/lt/lte take a number`);
    return v;
  };
  const numbers = values.map((v) => numeric(v)).filter((v): v is number => v !== undefined);
  for (const [op, operand] of Object.entries(condition)) {
    if (operand === undefined) continue;
    const ok = (() => {
      switch (op) {
        case "eq":
        case "equals":
          return listOf(operand).some((x) => text.includes(x));
        case "neq":
        case "notEquals":
          return listOf(operand).every((x) => !text.includes(x));
        case "gt":
        case "greaterThan":
          return numbers.some((v) => v > num(operand));
        case "gte":
        case "greaterThanOrEqual":
          return numbers.some((v) => v >= num(operand));
        case "lt":
        case "lessThan":
          return numbers.some((v) => v < num(operand));
        default:
          return numbers.some((v) => v <= num(operand));
      }
    })();
    if (!ok) return false;
  }
  return true;
}

/** Severity eq ["7", "8"] selects High: GuardDuty matches on the whole part of the severity. */
function comparable(path: string, value: unknown): string {
  if (path === "severity" && (typeof value === "number" || /^\d+(\.\d+)?$/.test(String(value))))
    return String(Math.floor(Number(value)));
  return String(value);
}

function numeric(value: unknown): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value === "string") {
    const time = Date.parse(value);
    if (!Number.isNaN(time) && /\d{4}-\d{2}-\d{2}/.test(value)) return time;
    const n = Number(value);
    return Number.isNaN(n) ? undefined : n;
  }
  return undefined;
}

/** Every value at a dotted path, descending through lists. */
export function valuesAt(root: unknown, path: string): unknown[] {
  let current: unknown[] = [root];
  for (const segment of path.split(".")) {
    const next: unknown[] = [];
    for (const node of current) {
      for (const item of Array.isArray(node) ? node : [node]) {
        if (item && typeof item === "object" && segment in item)
          next.push((item as Record<string, unknown>)[segment]);
      }
    }
    current = next;
  }
  return current.flatMap((v) => (Array.isArray(v) ? v : [v]));
}

export function sortFindings(
  findings: unknown[],
  sort: { attributeName?: string; orderBy?: string } | undefined,
): unknown[] {
  if (!sort?.attributeName) return findings;
  const direction = sort.orderBy === "DESC" ? -1 : 1;
  const key = (f: unknown) => valuesAt(f, sort.attributeName!)[0];
  return [...findings].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    const nx = numeric(x);
    const ny = numeric(y);
    const order =
      nx !== undefined && ny !== undefined ? nx - ny : String(x ?? "").localeCompare(String(y ?? ""));
    return order * direction;
  });
}
