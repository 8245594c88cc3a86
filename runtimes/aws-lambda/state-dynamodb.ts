// The alert state in a DynamoDB table (partition key `pk`, string; TTL attribute `expiresAt`). Why DynamoDB
// and not an S3 object: see docs/lambda.md. Every transition is one conditional UpdateItem on its own item,
// so concurrent invocations contend per alert, never on a shared document.
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import {
  BatchGetItemCommand,
  ConditionalCheckFailedException,
  GetItemCommand,
  PutItemCommand,
  UpdateItemCommand,
  type AttributeValue,
} from "@aws-sdk/client-dynamodb";
import { guardOwnOperations } from "./operations.js";
import type { AlertState, AlertStateStore, ClaimMeta, StoredAlert } from "./state.js";

/** BatchGetItem reads at most 100 keys per call. */
const BATCH = 100;
/** Rounds of UnprocessedKeys retries before the remaining keys are treated as unreadable. */
const UNPROCESSED_ROUNDS = 5;

// Every attribute goes through a #name: several (state, data, ttl…) are DynamoDB reserved words.
const NAMES = {
  "#state": "state",
  "#pendingTo": "pendingTo",
  "#pendingToken": "pendingToken",
  "#pendingAt": "pendingAt",
} as const;

export interface DynamoStateOptions {
  client: DynamoDBClient;
  table: string;
  leaseSeconds: number;
  eventTtlDays: number;
  now?: () => Date;
}

export class DynamoAlertState implements AlertStateStore {
  private readonly now: () => Date;
  constructor(private readonly options: DynamoStateOptions) {
    this.now = options.now ?? (() => new Date());
    guardOwnOperations(options.client, "dynamodb");
  }

  private send<T>(command: object): Promise<T> {
    return this.options.client.send(command as never) as Promise<T>;
  }

  async load(keys: readonly string[]): Promise<Map<string, StoredAlert>> {
    const out = new Map<string, StoredAlert>();
    const unique = [...new Set(keys)];
    for (let i = 0; i < unique.length; i += BATCH) {
      let request: Record<string, { Keys: Record<string, AttributeValue>[]; ConsistentRead: boolean }> = {
        [this.options.table]: {
          Keys: unique.slice(i, i + BATCH).map((k) => ({ pk: { S: k } })),
          ConsistentRead: true,
        },
      };
      for (let round = 0; round < UNPROCESSED_ROUNDS && Object.keys(request).length > 0; round++) {
        const reply = await this.send<{
          Responses?: Record<string, Record<string, AttributeValue>[]>;
          UnprocessedKeys?: typeof request;
        }>(new BatchGetItemCommand({ RequestItems: request }));
        for (const item of reply.Responses?.[this.options.table] ?? []) {
          const stored = fromItem(item);
          out.set(stored.key, stored);
        }
        request = (reply.UnprocessedKeys ?? {}) as typeof request;
      }
      if (Object.keys(request).length > 0)
        throw new Error(
          `DynamoDB left keys unprocessed after ${UNPROCESSED_ROUNDS} rounds (table ${this.options.table})`,
        );
    }
    return out;
  }

  async claim(key: string, to: AlertState, token: string, meta: ClaimMeta): Promise<boolean> {
    const now = this.now();
    const stale = new Date(now.getTime() - this.options.leaseSeconds * 1000).toISOString();
    // Opening: never alerted, or last alerted as resolved. Resolving: last alerted as open.
    const from = to === "open" ? "(attribute_not_exists(#state) OR #state = :resolved)" : "#state = :open";
    try {
      await this.send(
        new UpdateItemCommand({
          TableName: this.options.table,
          Key: { pk: { S: key } },
          ConditionExpression: `${from} AND (attribute_not_exists(#pendingToken) OR #pendingAt < :stale)`,
          UpdateExpression:
            "SET #pendingTo = :to, #pendingToken = :token, #pendingAt = :now, #checkId = :checkId, #resourceId = :resourceId, #severity = :severity, #title = :title",
          ExpressionAttributeNames: {
            ...NAMES,
            "#checkId": "checkId",
            "#resourceId": "resourceId",
            "#severity": "severity",
            "#title": "title",
          },
          ExpressionAttributeValues: {
            [to === "open" ? ":resolved" : ":open"]: { S: to === "open" ? "resolved" : "open" },
            ":stale": { S: stale },
            ":to": { S: to },
            ":token": { S: token },
            ":now": { S: now.toISOString() },
            ":checkId": { S: meta.checkId },
            ":resourceId": { S: meta.resourceId },
            ":severity": { S: meta.severity },
            ":title": { S: meta.title },
          },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async confirm(key: string, to: AlertState, token: string): Promise<void> {
    const at = to === "open" ? "openedAt" : "resolvedAt";
    await this.send(
      new UpdateItemCommand({
        TableName: this.options.table,
        Key: { pk: { S: key } },
        ConditionExpression: "#pendingToken = :token",
        UpdateExpression: "SET #state = :to, #at = :now REMOVE #pendingTo, #pendingToken, #pendingAt",
        ExpressionAttributeNames: { ...NAMES, "#at": at },
        ExpressionAttributeValues: {
          ":token": { S: token },
          ":to": { S: to },
          ":now": { S: this.now().toISOString() },
        },
      }),
    );
  }

  async release(key: string, token: string): Promise<void> {
    try {
      await this.send(
        new UpdateItemCommand({
          TableName: this.options.table,
          Key: { pk: { S: key } },
          ConditionExpression: "#pendingToken = :token",
          UpdateExpression: "REMOVE #pendingTo, #pendingToken, #pendingAt",
          ExpressionAttributeNames: {
            "#pendingTo": NAMES["#pendingTo"],
            "#pendingToken": NAMES["#pendingToken"],
            "#pendingAt": NAMES["#pendingAt"],
          },
          ExpressionAttributeValues: { ":token": { S: token } },
        }),
      );
    } catch (error) {
      // Someone took over an expired claim meanwhile: theirs now, nothing to release.
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  async eventHandled(eventId: string): Promise<boolean> {
    const reply = await this.send<{ Item?: Record<string, AttributeValue> }>(
      new GetItemCommand({
        TableName: this.options.table,
        Key: { pk: { S: `event#${eventId}` } },
        ConsistentRead: true,
      }),
    );
    return reply.Item !== undefined;
  }

  async markEventHandled(eventId: string): Promise<void> {
    const now = this.now();
    const expires = Math.floor(now.getTime() / 1000) + this.options.eventTtlDays * 86_400;
    try {
      await this.send(
        new PutItemCommand({
          TableName: this.options.table,
          Item: {
            pk: { S: `event#${eventId}` },
            handledAt: { S: now.toISOString() },
            expiresAt: { N: String(expires) },
          },
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }
}

function fromItem(item: Record<string, AttributeValue>): StoredAlert {
  const s = (name: string) => item[name]?.S;
  const state = s("state");
  return {
    key: s("pk") ?? "",
    ...(state === "open" || state === "resolved" ? { state } : {}),
    ...(s("pendingToken") ? { pendingToken: s("pendingToken") } : {}),
    ...(s("pendingAt") ? { pendingAt: s("pendingAt") } : {}),
  };
}
