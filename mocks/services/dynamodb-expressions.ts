// DynamoDB condition and update expressions (Developer Guide: "Condition expressions", "Update expressions"):
// comparators, BETWEEN, IN, AND/OR/NOT, attribute_exists, attribute_not_exists, attribute_type, begins_with,
// contains, size; SET (with +, -, if_not_exists, list_append), REMOVE and ADD (numbers). Names and values come
// through ExpressionAttributeNames (#n) and ExpressionAttributeValues (:v); unused or undefined ones are
// ValidationExceptions, as in DynamoDB.
import {
  compareValues,
  equalValues,
  getPath,
  removePath,
  setPath,
  sizeOf,
  typeOf,
  type AttributeValue,
  type Item,
  type PathPart,
} from "./dynamodb-values.js";

export class ExpressionError extends Error {}

/** A few words of DynamoDB's reserved list that attribute names commonly collide with; use #names for them. */
// prettier-ignore
const RESERVED = new Set([
  "STATUS", "NAME", "DATA", "DATE", "TIMESTAMP", "COUNT", "KEY", "VALUE", "STATE", "TTL", "TIME", "TYPE",
  "USER", "SIZE", "SOURCE",
]);

type Token = { kind: "word" | "name" | "value" | "number" | "punct"; text: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re =
    /\s*(?:(#[A-Za-z0-9_]+)|(:[A-Za-z0-9_]+)|([A-Za-z_][A-Za-z0-9_]*)|(\d+)|(<>|<=|>=|[()[\],.=<>+-]))/y;
  let pos = 0;
  while (pos < text.length) {
    if (/^\s*$/.test(text.slice(pos))) break;
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m)
      throw new ExpressionError(
        `Syntax error; token: "${text.slice(pos).trim()[0]}", near: "${text.slice(pos).trim().slice(0, 12)}"`,
      );
    pos = re.lastIndex;
    if (m[1]) tokens.push({ kind: "name", text: m[1] });
    else if (m[2]) tokens.push({ kind: "value", text: m[2] });
    else if (m[3]) tokens.push({ kind: "word", text: m[3] });
    else if (m[4]) tokens.push({ kind: "number", text: m[4] });
    else if (m[5]) tokens.push({ kind: "punct", text: m[5] });
  }
  return tokens;
}

export interface ExpressionInputs {
  names: Record<string, string>;
  values: Record<string, AttributeValue>;
  usedNames: Set<string>;
  usedValues: Set<string>;
}

export function expressionInputs(
  names: Record<string, string> | undefined,
  values: Record<string, AttributeValue> | undefined,
): ExpressionInputs {
  return { names: names ?? {}, values: values ?? {}, usedNames: new Set(), usedValues: new Set() };
}

/** After every expression of a request is parsed: DynamoDB refuses names and values no expression used. */
export function checkAllUsed(inputs: ExpressionInputs): void {
  const names = Object.keys(inputs.names).filter((n) => !inputs.usedNames.has(n));
  if (names.length)
    throw new ExpressionError(
      `Value provided in ExpressionAttributeNames unused in expressions: keys: {${names.join(", ")}}`,
    );
  const values = Object.keys(inputs.values).filter((v) => !inputs.usedValues.has(v));
  if (values.length)
    throw new ExpressionError(
      `Value provided in ExpressionAttributeValues unused in expressions: keys: {${values.join(", ")}}`,
    );
}

class Parser {
  private pos = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly inputs: ExpressionInputs,
  ) {}

  peek(offset = 0): Token | undefined {
    return this.tokens[this.pos + offset];
  }
  atWord(word: string): boolean {
    const t = this.peek();
    return t?.kind === "word" && t.text.toUpperCase() === word;
  }
  atPunct(p: string): boolean {
    const t = this.peek();
    return t?.kind === "punct" && t.text === p;
  }
  next(): Token {
    const t = this.tokens[this.pos++];
    if (!t) throw new ExpressionError("Syntax error; token: <EOF>, near: end of expression");
    return t;
  }
  expectPunct(p: string): void {
    const t = this.next();
    if (t.kind !== "punct" || t.text !== p) throw syntax(t);
  }
  done(): boolean {
    return this.pos >= this.tokens.length;
  }

  path(): PathPart[] {
    const parts: PathPart[] = [this.pathName()];
    for (;;) {
      if (this.atPunct(".")) {
        this.next();
        parts.push(this.pathName());
      } else if (this.atPunct("[")) {
        this.next();
        const n = this.next();
        if (n.kind !== "number") throw syntax(n);
        this.expectPunct("]");
        parts.push({ index: Number(n.text) });
      } else return parts;
    }
  }

  private pathName(): { name: string } {
    const t = this.next();
    if (t.kind === "name") {
      const resolved = this.inputs.names[t.text];
      if (resolved === undefined)
        throw new ExpressionError(
          `An expression attribute name used in the document path is not defined; attribute name: ${t.text}`,
        );
      this.inputs.usedNames.add(t.text);
      return { name: resolved };
    }
    if (t.kind === "word") {
      if (RESERVED.has(t.text.toUpperCase()))
        throw new ExpressionError(`Attribute name is a reserved keyword; reserved keyword: ${t.text}`);
      return { name: t.text };
    }
    throw syntax(t);
  }

  value(): AttributeValue {
    const t = this.next();
    if (t.kind !== "value") throw syntax(t);
    const v = this.inputs.values[t.text];
    if (v === undefined)
      throw new ExpressionError(
        `An expression attribute value used in expression is not defined; attribute value: ${t.text}`,
      );
    this.inputs.usedValues.add(t.text);
    return v;
  }
}

function syntax(t: Token): ExpressionError {
  return new ExpressionError(`Syntax error; token: "${t.text}", near: "${t.text}"`);
}

type Operand = (item: Item) => AttributeValue | undefined;
type Condition = (item: Item) => boolean;

function operand(p: Parser): Operand {
  const t = p.peek();
  if (t?.kind === "value") {
    const v = p.value();
    return () => v;
  }
  if (t?.kind === "word" && t.text.toLowerCase() === "size" && p.peek(1)?.text === "(") {
    p.next();
    p.expectPunct("(");
    const path = p.path();
    p.expectPunct(")");
    return (item) => {
      const n = sizeOf(getPath(item, path));
      return n === undefined ? undefined : { N: String(n) };
    };
  }
  const path = p.path();
  return (item) => getPath(item, path);
}

const FUNCTIONS: Record<string, (p: Parser) => Condition> = {
  attribute_exists: (p) => {
    const path = p.path();
    return (item) => getPath(item, path) !== undefined;
  },
  attribute_not_exists: (p) => {
    const path = p.path();
    return (item) => getPath(item, path) === undefined;
  },
  attribute_type: (p) => {
    const path = p.path();
    p.expectPunct(",");
    const type = p.value();
    return (item) => {
      const v = getPath(item, path);
      return v !== undefined && typeOf(v) === String(type.S);
    };
  },
  begins_with: (p) => {
    const path = p.path();
    p.expectPunct(",");
    const prefix = operand(p);
    return (item) => {
      const v = getPath(item, path);
      const pre = prefix(item);
      return typeof v?.S === "string" && typeof pre?.S === "string" && v.S.startsWith(pre.S);
    };
  },
  contains: (p) => {
    const path = p.path();
    p.expectPunct(",");
    const needle = operand(p);
    return (item) => {
      const v = getPath(item, path);
      const n = needle(item);
      if (!v || !n) return false;
      if (typeof v.S === "string") return typeof n.S === "string" && v.S.includes(n.S);
      const members = (v.SS ?? v.NS ?? v.L) as unknown[] | undefined;
      return (
        members?.some((m) =>
          typeof m === "object" ? equalValues(m as AttributeValue, n) : m === (n.S ?? n.N),
        ) ?? false
      );
    };
  },
};

function primary(p: Parser): Condition {
  if (p.atPunct("(")) {
    p.next();
    const inner = orCondition(p);
    p.expectPunct(")");
    return inner;
  }
  const t = p.peek();
  const fn = t?.kind === "word" ? FUNCTIONS[t.text.toLowerCase()] : undefined;
  if (fn && p.peek(1)?.text === "(") {
    p.next();
    p.expectPunct("(");
    const cond = fn(p);
    p.expectPunct(")");
    return cond;
  }
  const left = operand(p);
  if (p.atWord("BETWEEN")) {
    p.next();
    const low = operand(p);
    if (!p.atWord("AND")) throw syntax(p.next());
    p.next();
    const high = operand(p);
    return (item) => {
      const v = left(item);
      return (compareValues(v, low(item)) ?? -1) >= 0 && (compareValues(v, high(item)) ?? 1) <= 0;
    };
  }
  if (p.atWord("IN")) {
    p.next();
    p.expectPunct("(");
    const options = [operand(p)];
    while (p.atPunct(",")) {
      p.next();
      options.push(operand(p));
    }
    p.expectPunct(")");
    return (item) => options.some((o) => equalValues(left(item), o(item)));
  }
  const op = p.next();
  if (op.kind !== "punct" || !["=", "<>", "<", "<=", ">", ">="].includes(op.text)) throw syntax(op);
  const right = operand(p);
  return (item) => {
    const a = left(item);
    const b = right(item);
    if (op.text === "=") return equalValues(a, b);
    if (op.text === "<>") return a !== undefined && b !== undefined && !equalValues(a, b);
    const c = compareValues(a, b);
    if (c === undefined) return false;
    return op.text === "<" ? c < 0 : op.text === "<=" ? c <= 0 : op.text === ">" ? c > 0 : c >= 0;
  };
}

function notCondition(p: Parser): Condition {
  if (p.atWord("NOT")) {
    p.next();
    const inner = notCondition(p);
    return (item) => !inner(item);
  }
  return primary(p);
}

function andCondition(p: Parser): Condition {
  const parts = [notCondition(p)];
  while (p.atWord("AND")) {
    p.next();
    parts.push(notCondition(p));
  }
  return (item) => parts.every((c) => c(item));
}

function orCondition(p: Parser): Condition {
  const parts = [andCondition(p)];
  while (p.atWord("OR")) {
    p.next();
    parts.push(andCondition(p));
  }
  return (item) => parts.some((c) => c(item));
}

/** Parses a ConditionExpression; the result tells whether an item (empty when absent) satisfies it. */
export function parseCondition(text: string, inputs: ExpressionInputs): Condition {
  const p = new Parser(tokenize(text), inputs);
  const cond = orCondition(p);
  if (!p.done()) throw syntax(p.next());
  return cond;
}

/** Parses an UpdateExpression into a function that applies it to a copy of the item. */
export function parseUpdate(text: string, inputs: ExpressionInputs): (item: Item) => Item {
  const p = new Parser(tokenize(text), inputs);
  const actions: Array<(item: Item, old: Item) => void> = [];
  const seen = new Set<string>();
  while (!p.done()) {
    const clause = p.next();
    const kind = clause.text.toUpperCase();
    if (clause.kind !== "word" || !["SET", "REMOVE", "ADD", "DELETE"].includes(kind)) throw syntax(clause);
    if (seen.has(kind))
      throw new ExpressionError(`The "${kind}" section can only be used once in an update expression`);
    seen.add(kind);
    do {
      if (p.atPunct(",")) p.next();
      actions.push(updateAction(p, kind));
    } while (p.atPunct(","));
  }
  return (item) => {
    const old = structuredClone(item);
    const updated = structuredClone(item);
    for (const action of actions) action(updated, old);
    return updated;
  };
}

function updateAction(p: Parser, kind: string): (item: Item, old: Item) => void {
  const path = p.path();
  if (kind === "REMOVE") return (item) => removePath(item, path);
  if (kind === "ADD" || kind === "DELETE") {
    const v = p.value();
    return (item) => {
      const current = getPath(item, path);
      if (kind === "ADD" && (v.N !== undefined || current?.N !== undefined)) {
        setPath(item, path, { N: String(Number(current?.N ?? 0) + Number(v.N)) });
      } else {
        throw new ExpressionError(`${kind} is only emulated for numbers`);
      }
    };
  }
  p.expectPunct("=");
  const value = setValue(p);
  return (item, old) => {
    const v = value(old);
    if (v === undefined)
      throw new ExpressionError(
        "The provided expression refers to an attribute that does not exist in the item",
      );
    if (!setPath(item, path, v))
      throw new ExpressionError("The document path provided in the update expression is invalid for update");
  };
}

function setValue(p: Parser): Operand {
  const left = setTerm(p);
  if (p.atPunct("+") || p.atPunct("-")) {
    const sign = p.next().text === "+" ? 1 : -1;
    const right = setTerm(p);
    return (item) => {
      const a = left(item);
      const b = right(item);
      if (a?.N === undefined || b?.N === undefined)
        throw new ExpressionError("An operand in the update expression has an incorrect data type");
      return { N: String(Number(a.N) + sign * Number(b.N)) };
    };
  }
  return left;
}

function setTerm(p: Parser): Operand {
  const t = p.peek();
  const fn = t?.kind === "word" ? t.text.toLowerCase() : "";
  if ((fn === "if_not_exists" || fn === "list_append") && p.peek(1)?.text === "(") {
    p.next();
    p.expectPunct("(");
    const first = operand(p);
    p.expectPunct(",");
    const second = operand(p);
    p.expectPunct(")");
    if (fn === "if_not_exists") return (item) => first(item) ?? second(item);
    return (item) => {
      const a = first(item)?.L as AttributeValue[] | undefined;
      const b = second(item)?.L as AttributeValue[] | undefined;
      if (!a || !b)
        throw new ExpressionError("An operand in the update expression has an incorrect data type");
      return { L: [...a, ...b] };
    };
  }
  return operand(p);
}
