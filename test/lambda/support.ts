// A small world for Lambda tests: the emulator (with the alert topic and the state table, and only the
// Lambda's own writes allowed), a local HTTPS webhook receiver, and the handler wired as in production.
import { startEmulator, type Emulator, type EstateInput } from "../../mocks/index.js";
import { snsMessages, type SnsMessage } from "../../mocks/services/sns.js";
import { dynamoItems } from "../../mocks/services/dynamodb.js";
import { startWebhookReceiver, type WebhookReceiver } from "../../mocks/webhook-receiver.js";
import type { FaultsInput } from "../../mocks/estate/schema.js";
import { createDeps } from "../../runtimes/aws-lambda/main.js";
import { configFromEnv } from "../../runtimes/aws-lambda/config.js";
import { handleEvent, type LambdaDeps } from "../../runtimes/aws-lambda/handle.js";
import { ownWriteAllowances } from "../../runtimes/aws-lambda/operations.js";
import type { LambdaResult } from "../../runtimes/aws-lambda/result.js";
import { DEMO_ESTATE } from "../../cli/commands/demo.js";
import type { EventBridgeEvent } from "../../mocks/events/index.js";

export const ACCOUNT = "111122223333";
export const TOPIC = `arn:aws:sns:us-east-1:${ACCOUNT}:aiposture-alerts`;
export const TABLE = "aiposture-alert-state";
export const BUCKET = "ai-training-data";

export const TLS_DENY = {
  Sid: "DenyInsecureTransport",
  Effect: "Deny",
  Principal: "*",
  Action: "s3:*",
  Resource: [`arn:aws:s3:::${BUCKET}`, `arn:aws:s3:::${BUCKET}/*`],
  Condition: { Bool: { "aws:SecureTransport": "false" } },
};
export const PRIVATE_POLICY = { Version: "2012-10-17", Statement: [TLS_DENY] };
export const PUBLIC_POLICY = {
  Version: "2012-10-17",
  Statement: [
    TLS_DENY,
    {
      Sid: "PublicRead",
      Effect: "Allow",
      Principal: "*",
      Action: "s3:GetObject",
      Resource: `arn:aws:s3:::${BUCKET}/*`,
    },
  ],
};

/** A well-kept bucket whose only gap is that nothing blocks public access (no BPA at either level). */
export function trainingBucket(policy: object = PRIVATE_POLICY) {
  return {
    Name: BUCKET,
    BucketRegion: "us-east-1",
    Policy: policy,
    Encryption: {
      Rules: [
        {
          ApplyServerSideEncryptionByDefault: {
            SSEAlgorithm: "aws:kms" as const,
            KMSMasterKeyID: `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
          },
          BucketKeyEnabled: true,
        },
      ],
    },
    Logging: { LoggingEnabled: { TargetBucket: "ai-access-logs", TargetPrefix: `${BUCKET}/` } },
    Versioning: { Status: "Enabled" as const },
    OwnershipControls: { Rules: [{ ObjectOwnership: "BucketOwnerEnforced" as const }] },
  };
}

export function lambdaEstate(buckets: object[] = [trainingBucket()]): EstateInput {
  return {
    aws: {
      accounts: [
        {
          id: ACCOUNT,
          s3: { buckets: buckets as never },
          // The training bucket's default key, so KMS DescribeKey can say it is customer managed.
          kms: {
            keys: [
              {
                KeyMetadata: {
                  KeyId: "1234abcd-12ab-34cd-56ef-1234567890ab",
                  Arn: `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
                  KeyManager: "CUSTOMER",
                },
              },
            ],
          },
          sns: { Topics: [{ TopicArn: TOPIC }] },
          dynamodb: {
            Tables: [
              {
                TableName: TABLE,
                KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }],
                AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }],
              },
            ],
          },
        },
      ],
    },
  };
}

export interface World {
  emu: Emulator;
  receiver: WebhookReceiver;
  deps: LambdaDeps;
  logs: Record<string, unknown>[];
  run(event: unknown): Promise<LambdaResult>;
  sns(): SnsMessage[];
  /** Alerts in the JSON body of each SNS message (what a queue subscriber receives). */
  snsAlerts(): Array<Array<{ kind: string; checkId: string; resource: { name: string }; severity: string }>>;
  stateItems(): Record<string, unknown>[];
  close(): Promise<void>;
}

export async function startWorld(
  options: {
    estate?: EstateInput;
    env?: Record<string, string>;
    faults?: FaultsInput;
    webhook?: boolean;
  } = {},
): Promise<World> {
  const emu = await startEmulator({
    estate: options.estate ?? lambdaEstate(),
    allowWrites: ownWriteAllowances(TOPIC, TABLE),
    ...(options.faults ? { faults: options.faults } : {}),
  });
  const receiver = await startWebhookReceiver();
  const config = configFromEnv({
    AWS_REGION: "us-east-1",
    AIPOSTURE_ENDPOINT: emu.endpoint,
    AIPOSTURE_REGIONS: "us-east-1",
    AIPOSTURE_STATE_TABLE: TABLE,
    AIPOSTURE_SNS_TOPIC_ARN: TOPIC,
    ...(options.webhook === false ? {} : { AIPOSTURE_WEBHOOK_URL: receiver.url }),
    ...options.env,
  });
  const logs: Record<string, unknown>[] = [];
  const deps = createDeps(config, {
    webhookCa: receiver.ca,
    webhookBaseDelayMs: 10,
    log: (e) => logs.push(e),
  });
  return {
    emu,
    receiver,
    deps,
    logs,
    run: (event) => handleEvent(event, deps),
    sns: () => snsMessages(emu.runtime),
    snsAlerts: () =>
      snsMessages(emu.runtime).map((m) => {
        const body = JSON.parse(m.Message) as { sqs: string };
        return (JSON.parse(body.sqs) as { alerts: never[] }).alerts;
      }),
    stateItems: () => dynamoItems(emu.runtime, TABLE),
    close: async () => {
      await Promise.all([emu.close(), receiver.close()]);
    },
  };
}

/** The demo estate plus the alert topic and state table; SNS only (no webhook). The caller closes `emu`. */
export async function startDemoWorld(): Promise<{
  emu: Emulator;
  run(event: EventBridgeEvent): Promise<LambdaResult>;
}> {
  const emu = await startEmulator({ estate: DEMO_ESTATE, allowWrites: ownWriteAllowances(TOPIC, TABLE) });
  emu.mutateEstate((estate) => {
    const account = estate.aws.accounts[0]!;
    account.sns = { Topics: [{ TopicArn: TOPIC }] };
    account.dynamodb = {
      Tables: [
        {
          TableName: TABLE,
          KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }],
          AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }],
          Items: [],
        },
      ],
    };
  });
  const deps = createDeps(
    configFromEnv({
      AWS_REGION: "us-east-1",
      AIPOSTURE_ENDPOINT: emu.endpoint,
      AIPOSTURE_STATE_TABLE: TABLE,
      AIPOSTURE_SNS_TOPIC_ARN: TOPIC,
    }),
    { log: () => undefined },
  );
  return { emu, run: (event) => handleEvent(event, deps) };
}
