// Amazon DynamoDB (awsJson1_0, X-Amz-Target DynamoDB_20120810.<Operation>): GetItem, BatchGetItem,
// DescribeTable, and the conditional writes PutItem, UpdateItem and DeleteItem with ConditionExpression →
// ConditionalCheckFailedException. Tables come from the estate; items live in runtime state. Writes are
// refused unless the emulator was started with an allowance for the table (the Lambda's alert state only).
// Behaviour follows the DynamoDB API Reference pages of these operations and "Common errors".
import { jsonTarget, parseJsonBody } from "../protocols/json.js";
import { requestId } from "../protocols/request-id.js";
import type { RuntimeState } from "../runtime.js";
import type { DynamoDbTable } from "../estate/dynamodb.js";
import type {
  EmuRequest,
  EmuResponse,
  HandlerContext,
  Operation,
  ServiceEmulator,
  ServiceErrors,
} from "../types.js";
import {
  ExpressionError,
  checkAllUsed,
  expressionInputs,
  parseCondition,
  parseUpdate,
  type ExpressionInputs,
} from "./dynamodb-expressions.js";
import { clone, equalValues, typeOf, type AttributeValue, type Item } from "./dynamodb-values.js";

const TARGET_PREFIX = "DynamoDB_20120810";
const NAMESPACE = "com.amazonaws.dynamodb.v20120810";
const READS = new Set(["GetItem", "BatchGetItem", "DescribeTable", "Query", "Scan", "ListTables"]);
/** BatchGetItem reads at most 100 items per call. */
const MAX_BATCH_KEYS = 100;

function dynamoError(status: number, code: string, message: string, extra: object = {}): EmuResponse {
  return {
    status,
    headers: { "content-type": "application/x-amz-json-1.0", "x-amzn-requestid": requestId() },
    body: JSON.stringify({ __type: `${NAMESPACE}#${code}`, message, ...extra }),
  };
}

function ok(body: unknown): EmuResponse {
  return {
    status: 200,
    headers: { "content-type": "application/x-amz-json-1.0", "x-amzn-requestid": requestId() },
    body: JSON.stringify(body),
  };
}

const errors: ServiceErrors = {
  error: (status, code, message) => dynamoError(status, code, message),
  throttling: {
    status: 400,
    code: "ThrottlingException",
    message: "Rate of requests exceeds the allowed throughput.",
  },
  accessDenied: {
    status: 400,
    code: "AccessDeniedException",
    message: "User is not authorized to perform this action",
  },
  missingAuth: {
    status: 400,
    code: "MissingAuthenticationTokenException",
    message: "Request is missing Authentication Token",
  },
  writeDenied: { status: 400, code: "AccessDeniedException", message: "The emulator is read-only" },
  unknownOperation: { status: 400, code: "UnknownOperationException", message: "" },
};

function operation(req: EmuRequest): Operation | undefined {
  const target = jsonTarget(req);
  if (!target || target.prefix !== TARGET_PREFIX) return undefined;
  let table = "";
  try {
    const body = parseJsonBody(req) as { TableName?: string; RequestItems?: Record<string, unknown> };
    table = body.TableName ?? Object.keys(body.RequestItems ?? {}).join(",");
  } catch {
    // The handler answers the malformed body with a SerializationException.
  }
  return { name: target.operation, resource: table, write: !READS.has(target.operation) };
}

interface TableState {
  table: DynamoDbTable;
  items: Map<string, Item>;
}

/** Items of every table by account, region and name; seeded from the estate's `Items` on first use. */
function tables(runtime: RuntimeState): Map<string, TableState> {
  return runtime.slot("dynamodb", () => new Map<string, TableState>());
}

function tableRegion(table: DynamoDbTable): string {
  return table.TableArn?.split(":")[3] ?? "us-east-1";
}

function findTable(ctx: HandlerContext, name: string | undefined): TableState | undefined {
  if (!name) return undefined;
  const table = (ctx.account.dynamodb?.Tables ?? []).find(
    (t) => t.TableName === name && tableRegion(t) === ctx.region,
  );
  if (!table) return undefined;
  const key = `${ctx.account.id}:${ctx.region}:${name}`;
  const all = tables(ctx.runtime);
  let state = all.get(key);
  if (!state) {
    state = { table, items: new Map() };
    for (const item of table.Items as Item[]) state.items.set(keyOf(table, item), clone(item));
    all.set(key, state);
  }
  return state;
}

/** The items of one table, for tests to inspect (account defaults to the estate's first). */
export function dynamoItems(runtime: RuntimeState, table: string, region = "us-east-1"): Item[] {
  for (const [key, state] of tables(runtime)) {
    if (key.endsWith(`:${region}:${table}`)) return [...state.items.values()].map(clone);
  }
  return [];
}

class Validation extends Error {}

function keyOf(table: DynamoDbTable, key: Item): string {
  return table.KeySchema.map((k) => JSON.stringify(key[k.AttributeName] ?? null)).join("|");
}

/** A Key must hold exactly the key attributes, each of its declared type. */
function checkKey(table: DynamoDbTable, key: Item | undefined, whole = false): Item {
  if (!key)
    throw new Validation("1 validation error detected: Value null at 'key' failed to satisfy constraint");
  for (const k of table.KeySchema) {
    const value = key[k.AttributeName];
    const declared = table.AttributeDefinitions.find((d) => d.AttributeName === k.AttributeName);
    if (!value)
      throw new Validation(
        whole
          ? `One or more parameter values were invalid: Missing the key ${k.AttributeName} in the item`
          : "The provided key element does not match the schema",
      );
    if (declared && typeOf(value) !== declared.AttributeType)
      throw new Validation(
        `One or more parameter values were invalid: Type mismatch for key ${k.AttributeName} expected: ${declared.AttributeType} actual: ${typeOf(value)}`,
      );
  }
  if (!whole && Object.keys(key).length !== table.KeySchema.length)
    throw new Validation("The provided key element does not match the schema");
  return key;
}

interface WriteRequest {
  TableName?: string;
  Key?: Item;
  Item?: Item;
  ConditionExpression?: string;
  UpdateExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, AttributeValue>;
  ReturnValues?: string;
  ReturnValuesOnConditionCheckFailure?: string;
  ProjectionExpression?: string;
  Expected?: unknown;
  AttributeUpdates?: unknown;
  ConditionalOperator?: unknown;
}

function conditionHolds(body: WriteRequest, inputs: ExpressionInputs, existing: Item | undefined): boolean {
  if (!body.ConditionExpression) return true;
  return parseCondition(body.ConditionExpression, inputs)(existing ?? {});
}

function conditionFailed(body: WriteRequest, existing: Item | undefined): EmuResponse {
  const extra = body.ReturnValuesOnConditionCheckFailure === "ALL_OLD" && existing ? { Item: existing } : {};
  return dynamoError(400, "ConditionalCheckFailedException", "The conditional request failed", extra);
}

const HANDLERS: Record<
  string,
  (body: WriteRequest & Record<string, unknown>, ctx: HandlerContext) => EmuResponse
> = {
  DescribeTable: (body, ctx) => {
    const state = requireTable(ctx, body.TableName);
    const t = state.table;
    return ok({
      Table: {
        TableName: t.TableName,
        TableArn: t.TableArn ?? `arn:aws:dynamodb:${ctx.region}:${ctx.account.id}:table/${t.TableName}`,
        TableStatus: "ACTIVE",
        KeySchema: t.KeySchema,
        AttributeDefinitions: t.AttributeDefinitions,
        ItemCount: state.items.size,
        BillingModeSummary: t.BillingModeSummary ?? { BillingMode: "PAY_PER_REQUEST" },
      },
    });
  },
  GetItem: (body, ctx) => {
    const state = requireTable(ctx, body.TableName);
    const inputs = expressionInputs(body.ExpressionAttributeNames, undefined);
    const project = projection(body.ProjectionExpression, inputs);
    checkAllUsed(inputs);
    const item = state.items.get(keyOf(state.table, checkKey(state.table, body.Key)));
    return ok(item ? { Item: project(clone(item)) } : {});
  },
  BatchGetItem: (body, ctx) => {
    const requests = (body.RequestItems ?? {}) as Record<
      string,
      { Keys?: Item[]; ProjectionExpression?: string; ExpressionAttributeNames?: Record<string, string> }
    >;
    const total = Object.values(requests).reduce((n, r) => n + (r.Keys?.length ?? 0), 0);
    if (total === 0)
      throw new Validation(
        "1 validation error detected: Value at 'requestItems' failed to satisfy constraint",
      );
    if (total > MAX_BATCH_KEYS) throw new Validation("Too many items requested for the BatchGetItem call");
    const responses: Record<string, Item[]> = {};
    for (const [name, request] of Object.entries(requests)) {
      const state = requireTable(ctx, name);
      const inputs = expressionInputs(request.ExpressionAttributeNames, undefined);
      const project = projection(request.ProjectionExpression, inputs);
      checkAllUsed(inputs);
      const keys = (request.Keys ?? []).map((k) => keyOf(state.table, checkKey(state.table, k)));
      if (new Set(keys).size !== keys.length)
        throw new Validation("Provided list of item keys contains duplicates");
      responses[name] = keys.flatMap((k) => {
        const item = state.items.get(k);
        return item ? [project(clone(item))] : [];
      });
    }
    return ok({ Responses: responses, UnprocessedKeys: {} });
  },
  PutItem: (body, ctx) => {
    const state = requireTable(ctx, body.TableName);
    const item = body.Item;
    if (!item)
      throw new Validation("1 validation error detected: Value null at 'item' failed to satisfy constraint");
    checkKey(state.table, item, true);
    const key = keyOf(state.table, item);
    const existing = state.items.get(key);
    const inputs = expressionInputs(body.ExpressionAttributeNames, body.ExpressionAttributeValues);
    const holds = conditionHolds(body, inputs, existing);
    checkAllUsed(inputs);
    if (!holds) return conditionFailed(body, existing);
    state.items.set(key, clone(item));
    return ok(body.ReturnValues === "ALL_OLD" && existing ? { Attributes: existing } : {});
  },
  UpdateItem: (body, ctx) => {
    const state = requireTable(ctx, body.TableName);
    const keyItem = checkKey(state.table, body.Key);
    const key = keyOf(state.table, keyItem);
    const existing = state.items.get(key);
    const inputs = expressionInputs(body.ExpressionAttributeNames, body.ExpressionAttributeValues);
    const holds = conditionHolds(body, inputs, existing);
    const update = body.UpdateExpression ? parseUpdate(body.UpdateExpression, inputs) : (i: Item) => i;
    checkAllUsed(inputs);
    if (!holds) return conditionFailed(body, existing);
    const updated = update(clone(existing ?? keyItem));
    for (const k of state.table.KeySchema) {
      if (!equalValues(updated[k.AttributeName], keyItem[k.AttributeName]))
        throw new Validation(
          `One or more parameter values were invalid: Cannot update attribute ${k.AttributeName}. This attribute is part of the key`,
        );
    }
    state.items.set(key, updated);
    const returned =
      body.ReturnValues === "ALL_NEW" || body.ReturnValues === "UPDATED_NEW"
        ? updated
        : body.ReturnValues === "ALL_OLD" || body.ReturnValues === "UPDATED_OLD"
          ? existing
          : undefined;
    return ok(returned ? { Attributes: returned } : {});
  },
  DeleteItem: (body, ctx) => {
    const state = requireTable(ctx, body.TableName);
    const key = keyOf(state.table, checkKey(state.table, body.Key));
    const existing = state.items.get(key);
    const inputs = expressionInputs(body.ExpressionAttributeNames, body.ExpressionAttributeValues);
    const holds = conditionHolds(body, inputs, existing);
    checkAllUsed(inputs);
    if (!holds) return conditionFailed(body, existing);
    state.items.delete(key);
    return ok(body.ReturnValues === "ALL_OLD" && existing ? { Attributes: existing } : {});
  },
};

class NotFound extends Error {}

function requireTable(ctx: HandlerContext, name: string | undefined): TableState {
  const state = findTable(ctx, name);
  if (!state) throw new NotFound(`Requested resource not found: Table: ${name ?? ""} not found`);
  return state;
}

/** ProjectionExpression of top-level names (enough for a state store; nested paths are not emulated). */
function projection(text: string | undefined, inputs: ExpressionInputs): (item: Item) => Item {
  if (!text) return (item) => item;
  const names = text.split(",").map((part) => {
    const name = part.trim();
    if (name.startsWith("#")) {
      const resolved = inputs.names[name];
      if (resolved === undefined)
        throw new ExpressionError(
          `An expression attribute name used in the document path is not defined; attribute name: ${name}`,
        );
      inputs.usedNames.add(name);
      return resolved;
    }
    return name;
  });
  return (item) => Object.fromEntries(Object.entries(item).filter(([k]) => names.includes(k)));
}

function handle(req: EmuRequest, op: Operation, ctx: HandlerContext): EmuResponse {
  const handler = HANDLERS[op.name];
  if (!handler) return dynamoError(400, "UnknownOperationException", "");
  let body: WriteRequest & Record<string, unknown>;
  try {
    body = parseJsonBody(req) as WriteRequest & Record<string, unknown>;
  } catch {
    return dynamoError(400, "SerializationException", "Start of structure or map found where not expected.");
  }
  if (body.Expected || body.AttributeUpdates || body.ConditionalOperator)
    return dynamoError(
      400,
      "ValidationException",
      "Legacy parameters (Expected, AttributeUpdates) are not emulated; use expressions",
    );
  try {
    return handler(body, ctx);
  } catch (error) {
    if (error instanceof NotFound) return dynamoError(400, "ResourceNotFoundException", error.message);
    if (error instanceof ExpressionError) return dynamoError(400, "ValidationException", error.message);
    if (error instanceof Validation) return dynamoError(400, "ValidationException", error.message);
    throw error;
  }
}

export const dynamodb: ServiceEmulator = {
  name: "dynamodb",
  matches: (req) => req.auth?.service === "dynamodb" || jsonTarget(req)?.prefix === TARGET_PREFIX,
  operation,
  errors,
  handle,
};
