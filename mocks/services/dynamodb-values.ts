// DynamoDB attribute values ({"S": "x"}, {"N": "1"}, {"M": {...}}, …): comparison and path access, as the
// DynamoDB Developer Guide describes them ("Comparison operator and function reference").

export type AttributeValue = Record<string, unknown>;
export type Item = Record<string, AttributeValue>;

/** A document path: top-level name, then map keys and list indexes. */
export type PathPart = { name: string } | { index: number };

export function typeOf(value: AttributeValue): string {
  return Object.keys(value)[0] ?? "";
}

export function getPath(item: Item, path: readonly PathPart[]): AttributeValue | undefined {
  let current: AttributeValue | undefined = undefined;
  for (const [i, part] of path.entries()) {
    if (i === 0) {
      current = "name" in part ? item[part.name] : undefined;
      continue;
    }
    if (!current) return undefined;
    if ("name" in part) current = (current.M as Item | undefined)?.[part.name];
    else current = (current.L as AttributeValue[] | undefined)?.[part.index];
  }
  return current;
}

/** Sets a value at a path; intermediate maps and lists must exist, as DynamoDB requires. */
export function setPath(item: Item, path: readonly PathPart[], value: AttributeValue): boolean {
  const last = path[path.length - 1];
  if (!last) return false;
  if (path.length === 1) {
    if (!("name" in last)) return false;
    item[last.name] = value;
    return true;
  }
  const parent = getPath(item, path.slice(0, -1));
  if (!parent) return false;
  if ("name" in last && parent.M) (parent.M as Item)[last.name] = value;
  else if ("index" in last && Array.isArray(parent.L)) {
    const list = parent.L as AttributeValue[];
    if (last.index >= list.length) list.push(value);
    else list[last.index] = value;
  } else return false;
  return true;
}

export function removePath(item: Item, path: readonly PathPart[]): void {
  const last = path[path.length - 1];
  if (!last) return;
  if (path.length === 1) {
    if ("name" in last) delete item[last.name];
    return;
  }
  const parent = getPath(item, path.slice(0, -1));
  if ("name" in last && parent?.M) delete (parent.M as Item)[last.name];
  else if ("index" in last && Array.isArray(parent?.L)) (parent.L as AttributeValue[]).splice(last.index, 1);
}

export function equalValues(a: AttributeValue | undefined, b: AttributeValue | undefined): boolean {
  if (!a || !b || typeOf(a) !== typeOf(b)) return false;
  if (typeOf(a) === "N") return Number(a.N) === Number(b.N);
  return canonical(a) === canonical(b);
}

/** Ordering for <, <=, >, >=: only between two S, two N or two B values; anything else is not comparable. */
export function compareValues(
  a: AttributeValue | undefined,
  b: AttributeValue | undefined,
): number | undefined {
  if (!a || !b || typeOf(a) !== typeOf(b)) return undefined;
  switch (typeOf(a)) {
    case "N":
      return Number(a.N) - Number(b.N);
    case "S":
      return Buffer.compare(Buffer.from(String(a.S)), Buffer.from(String(b.S)));
    case "B":
      return Buffer.compare(Buffer.from(String(a.B), "base64"), Buffer.from(String(b.B), "base64"));
    default:
      return undefined;
  }
}

export function sizeOf(value: AttributeValue | undefined): number | undefined {
  if (!value) return undefined;
  const type = typeOf(value);
  if (type === "S") return Buffer.byteLength(String(value.S));
  if (type === "B") return Buffer.from(String(value.B), "base64").length;
  if (type === "L" || type === "SS" || type === "NS" || type === "BS")
    return (value[type] as unknown[]).length;
  if (type === "M") return Object.keys(value.M as object).length;
  return undefined;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export function clone<T>(value: T): T {
  return structuredClone(value);
}
