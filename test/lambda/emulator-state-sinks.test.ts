// The emulated DynamoDB and SNS through the official SDK clients: conditional writes and their failures, the
// errors the real services return, and the read-only guard (writes refused unless allowed, and then only on
// the allowed resource).
import {
  BatchGetItemCommand,
  ConditionalCheckFailedException,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  UpdateItemCommand,
} from "@aws-sdk/client-dynamodb";
import { PublishCommand, SNSClient } from "@aws-sdk/client-sns";
import { afterEach, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "../../mocks/index.js";
import { snsMessages } from "../../mocks/services/sns.js";
import { ownWriteAllowances } from "../../runtimes/aws-lambda/operations.js";
import { TABLE, TOPIC, lambdaEstate } from "./support.js";

const credentials = { accessKeyId: "AKIAEXAMPLE", secretAccessKey: "secret" };
let emu: Emulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

async function start(allow = true) {
  emu = await startEmulator({
    estate: lambdaEstate(),
    ...(allow ? { allowWrites: ownWriteAllowances(TOPIC, TABLE) } : {}),
  });
  const config = { endpoint: emu.endpoint, region: "us-east-1", credentials, maxAttempts: 1 };
  return { emu, ddb: new DynamoDBClient(config), sns: new SNSClient(config) };
}

const failure = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as Error & { $metadata?: { httpStatusCode?: number } },
  );

describe("emulated DynamoDB", () => {
  it("creates once with attribute_not_exists and answers ConditionalCheckFailedException after", async () => {
    const { ddb } = await start();
    const put = () =>
      ddb.send(
        new PutItemCommand({
          TableName: TABLE,
          Item: { pk: { S: "event#1" }, n: { N: "1" } },
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      );
    await put();
    const error = await failure(put());
    expect(error).toBeInstanceOf(ConditionalCheckFailedException);
    expect(error?.$metadata?.httpStatusCode).toBe(400);
    const got = await ddb.send(new GetItemCommand({ TableName: TABLE, Key: { pk: { S: "event#1" } } }));
    expect(got.Item).toEqual({ pk: { S: "event#1" }, n: { N: "1" } });
  });

  it("applies a conditional status transition only from the expected state", async () => {
    const { ddb } = await start();
    const transition = (from: string, to: string) =>
      ddb.send(
        new UpdateItemCommand({
          TableName: TABLE,
          Key: { pk: { S: "finding#f1" } },
          ConditionExpression: "attribute_not_exists(#s) OR #s = :from",
          UpdateExpression: "SET #s = :to, #c = if_not_exists(#c, :zero) + :one REMOVE #gone",
          ExpressionAttributeNames: { "#s": "state", "#c": "count", "#gone": "pending" },
          ExpressionAttributeValues: {
            ":from": { S: from },
            ":to": { S: to },
            ":zero": { N: "0" },
            ":one": { N: "1" },
          },
          ReturnValues: "ALL_NEW",
        }),
      );
    const opened = await transition("resolved", "open");
    expect(opened.Attributes).toEqual({ pk: { S: "finding#f1" }, state: { S: "open" }, count: { N: "1" } });
    expect(await failure(transition("resolved", "open"))).toBeInstanceOf(ConditionalCheckFailedException);
    const resolved = await transition("open", "resolved");
    expect(resolved.Attributes?.count).toEqual({ N: "2" });
  });

  it("returns the item with the failure when asked (ReturnValuesOnConditionCheckFailure)", async () => {
    const { ddb } = await start();
    await ddb.send(new PutItemCommand({ TableName: TABLE, Item: { pk: { S: "k" }, v: { S: "a" } } }));
    const error = await failure(
      ddb.send(
        new PutItemCommand({
          TableName: TABLE,
          Item: { pk: { S: "k" }, v: { S: "b" } },
          ConditionExpression: "v = :b",
          ExpressionAttributeValues: { ":b": { S: "b" } },
          ReturnValuesOnConditionCheckFailure: "ALL_OLD",
        }),
      ),
    );
    expect((error as ConditionalCheckFailedException).Item).toEqual({ pk: { S: "k" }, v: { S: "a" } });
  });

  it("refuses what DynamoDB refuses: reserved words, unused or undefined names, wrong keys, unknown tables", async () => {
    const { ddb } = await start();
    const cases: Array<[Promise<unknown>, string, RegExp]> = [
      [
        ddb.send(
          new UpdateItemCommand({
            TableName: TABLE,
            Key: { pk: { S: "k" } },
            UpdateExpression: "SET state = :v",
            ExpressionAttributeValues: { ":v": { S: "x" } },
          }),
        ),
        "ValidationException",
        /reserved keyword; reserved keyword: state/,
      ],
      [
        ddb.send(
          new UpdateItemCommand({
            TableName: TABLE,
            Key: { pk: { S: "k" } },
            UpdateExpression: "SET a = :v",
            ExpressionAttributeValues: { ":v": { S: "x" }, ":w": { S: "y" } },
          }),
        ),
        "ValidationException",
        /unused in expressions: keys: \{:w\}/,
      ],
      [
        ddb.send(
          new UpdateItemCommand({
            TableName: TABLE,
            Key: { pk: { S: "k" } },
            UpdateExpression: "SET a = :missing",
          }),
        ),
        "ValidationException",
        /not defined; attribute value: :missing/,
      ],
      [
        ddb.send(new GetItemCommand({ TableName: TABLE, Key: { id: { S: "k" } } })),
        "ValidationException",
        /does not match the schema/,
      ],
      [
        ddb.send(new PutItemCommand({ TableName: TABLE, Item: { pk: { N: "1" } } })),
        "ValidationException",
        /Type mismatch/,
      ],
      [
        ddb.send(new GetItemCommand({ TableName: "nope", Key: { pk: { S: "k" } } })),
        "ResourceNotFoundException",
        /not found/,
      ],
    ];
    for (const [promise, name, message] of cases) {
      const error = await failure(promise);
      expect(error?.name).toBe(name);
      expect(error?.message).toMatch(message);
    }
  });

  it("reads up to 100 keys per BatchGetItem and refuses more or duplicates", async () => {
    const { ddb } = await start();
    for (const k of ["a", "b"])
      await ddb.send(new PutItemCommand({ TableName: TABLE, Item: { pk: { S: k } } }));
    const got = await ddb.send(
      new BatchGetItemCommand({
        RequestItems: { [TABLE]: { Keys: ["a", "b", "c"].map((k) => ({ pk: { S: k } })) } },
      }),
    );
    expect(got.Responses?.[TABLE]?.map((i) => i.pk?.S).sort()).toEqual(["a", "b"]);
    expect(got.UnprocessedKeys).toEqual({});
    const many = Array.from({ length: 101 }, (_, i) => ({ pk: { S: `k${i}` } }));
    expect(
      (await failure(ddb.send(new BatchGetItemCommand({ RequestItems: { [TABLE]: { Keys: many } } }))))?.name,
    ).toBe("ValidationException");
    const dup = [{ pk: { S: "a" } }, { pk: { S: "a" } }];
    expect(
      (await failure(ddb.send(new BatchGetItemCommand({ RequestItems: { [TABLE]: { Keys: dup } } }))))
        ?.message,
    ).toMatch(/duplicates/);
  });

  it("refuses every write unless the emulator was started with an allowance (the scanner's guard)", async () => {
    const { ddb, emu } = await start(false);
    const error = await failure(ddb.send(new PutItemCommand({ TableName: TABLE, Item: { pk: { S: "k" } } })));
    expect(error?.name).toBe("AccessDeniedException");
    expect(emu.writesAttempted()).toEqual([`dynamodb:PutItem ${TABLE}`]);
    expect(emu.writesAccepted()).toEqual([]);
    // Reads stay open.
    expect(
      (await ddb.send(new GetItemCommand({ TableName: TABLE, Key: { pk: { S: "k" } } }))).Item,
    ).toBeUndefined();
  });
});

describe("emulated SNS", () => {
  it("publishes to the allowed topic, records the message and answers a MessageId", async () => {
    const { sns, emu } = await start();
    const reply = await sns.send(
      new PublishCommand({
        TopicArn: TOPIC,
        Subject: "aiposture: 1 new failure",
        Message: JSON.stringify({ default: "text", sqs: "{}" }),
        MessageStructure: "json",
        MessageAttributes: { severity: { DataType: "String", StringValue: "high" } },
      }),
    );
    expect(reply.MessageId).toMatch(/^[0-9a-f-]{36}$/);
    expect(snsMessages(emu.runtime)).toEqual([
      expect.objectContaining({
        TopicArn: TOPIC,
        Subject: "aiposture: 1 new failure",
        MessageAttributes: { severity: { DataType: "String", StringValue: "high" } },
      }),
    ]);
  });

  it("answers NotFound, InvalidParameter and the write guard as SNS does", async () => {
    const { sns } = await start();
    const other = `arn:aws:sns:us-east-1:111122223333:other`;
    // With an allowance for every topic, an unknown one reaches SNS's own answer.
    const open = await startEmulator({
      estate: lambdaEstate(),
      allowWrites: [{ service: "sns", operation: "Publish", resource: "*" }],
    });
    try {
      const client = new SNSClient({
        endpoint: open.endpoint,
        region: "us-east-1",
        credentials,
        maxAttempts: 1,
      });
      expect((await failure(client.send(new PublishCommand({ TopicArn: other, Message: "x" }))))?.name).toBe(
        "NotFoundException",
      );
    } finally {
      await open.close();
    }
    expect(
      (await failure(sns.send(new PublishCommand({ TopicArn: TOPIC, Message: "x", Subject: "line\nbreak" }))))
        ?.name,
    ).toBe("InvalidParameterException");
    expect(
      (
        await failure(
          sns.send(new PublishCommand({ TopicArn: TOPIC, Message: "not json", MessageStructure: "json" })),
        )
      )?.name,
    ).toBe("InvalidParameterException");
    // A topic the allowance does not name is refused by the guard even if it existed.
    const denied = await failure(sns.send(new PublishCommand({ TopicArn: other, Message: "x" })));
    expect(denied?.name).toBe("AuthorizationErrorException");
  });

  it("throttles with 429 Throttled, which the SDK retries", async () => {
    emu = await startEmulator({
      estate: lambdaEstate(),
      allowWrites: ownWriteAllowances(TOPIC, TABLE),
      faults: {
        throttle: [{ service: "sns", operation: "Publish", firstAttempts: 1, retryAfterSeconds: 0 }],
      },
    });
    const sns = new SNSClient({ endpoint: emu.endpoint, region: "us-east-1", credentials, maxAttempts: 3 });
    const reply = await sns.send(new PublishCommand({ TopicArn: TOPIC, Message: "x" }));
    expect(reply.$metadata.attempts).toBe(2);
    expect(emu.calls()["sns:Publish"]).toBe(2);
    expect(snsMessages(emu.runtime)).toHaveLength(1);
  });
});
