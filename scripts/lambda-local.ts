// `npm run lambda:local -- EVENT.json [EVENT2.json …] [--estate FILE] [--bucket NAME] [--webhook URL]`
// Runs the Lambda handler against the emulated cloud and prints what it did as JSON: per event, the result
// (targets, findings in scope, alerts, deliveries), then every SNS message and webhook POST that went out.
// The estate defaults to the demo estate (or AIPOSTURE_LOCAL_ESTATE); the alert topic and state table are
// added to its first account when absent, and the emulator accepts only the Lambda's own writes. Without
// --webhook, a local HTTPS receiver stands in for Slack/Teams. Several events run in order (to see dedupe).
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { forBucket, type EventBridgeEvent } from "../mocks/events/index.js";
import { loadEstate, startEmulator } from "../mocks/index.js";
import { snsMessages } from "../mocks/services/sns.js";
import { startWebhookReceiver } from "../mocks/webhook-receiver.js";
import { DEMO_ESTATE } from "../cli/commands/demo.js";
import { createDeps } from "../runtimes/aws-lambda/main.js";
import { configFromEnv } from "../runtimes/aws-lambda/config.js";
import { handleEvent } from "../runtimes/aws-lambda/handle.js";
import { ownWriteAllowances } from "../runtimes/aws-lambda/operations.js";
import { redactUrl } from "../runtimes/aws-lambda/redact.js";

const TABLE = "aiposture-alert-state";

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { estate: { type: "string" }, bucket: { type: "string" }, webhook: { type: "string" } },
  });
  if (positionals.length === 0) {
    process.stderr.write(
      "usage: npm run lambda:local -- EVENT.json [...] [--estate FILE] [--bucket NAME] [--webhook URL]\n",
    );
    return 2;
  }
  const events = positionals.map((file) => {
    const event = JSON.parse(readFileSync(file, "utf8")) as EventBridgeEvent;
    return values.bucket ? forBucket(event, values.bucket) : event;
  });
  const estatePath = values.estate ?? process.env.AIPOSTURE_LOCAL_ESTATE ?? DEMO_ESTATE;
  const region = process.env.AWS_REGION ?? "us-east-1";
  // The pinned SDK's Node 20 notice is not news on every local run.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

  const account = loadEstate(estatePath).aws.accounts[0]!.id;
  const topic = `arn:aws:sns:${region}:${account}:aiposture-alerts`;
  // The emulator refuses writes unless allowed: allow exactly the Lambda's own, on its own topic and table.
  const emu = await startEmulator({ estate: estatePath, allowWrites: ownWriteAllowances(topic, TABLE) });
  emu.mutateEstate((estate) => {
    const first = estate.aws.accounts[0]!;
    first.sns ??= { Topics: [] };
    if (!first.sns.Topics.some((t) => t.TopicArn === topic)) first.sns.Topics.push({ TopicArn: topic });
    first.dynamodb ??= { Tables: [] };
    if (!first.dynamodb.Tables.some((t) => t.TableName === TABLE))
      first.dynamodb.Tables.push({
        TableName: TABLE,
        TableArn: `arn:aws:dynamodb:${region}:${account}:table/${TABLE}`,
        KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }],
        AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }],
        Items: [],
      });
  });
  const receiver = values.webhook ? undefined : await startWebhookReceiver();
  try {
    const config = configFromEnv({
      AWS_REGION: region,
      AIPOSTURE_STATE_TABLE: TABLE,
      AIPOSTURE_SNS_TOPIC_ARN: topic,
      ...process.env,
      AIPOSTURE_ENDPOINT: emu.endpoint,
      AIPOSTURE_WEBHOOK_URL: values.webhook ?? receiver!.url,
    });
    const logs: Record<string, unknown>[] = [];
    const deps = createDeps(config, {
      ...(receiver ? { webhookCa: receiver.ca } : {}),
      log: (entry) => logs.push(entry),
    });
    const results = [];
    for (const event of events) results.push(await handleEvent(event, deps));
    const output = {
      estate: estatePath,
      endpoint: emu.endpoint,
      webhook: redactUrl(config.webhookUrl ?? ""),
      results,
      sent: {
        sns: snsMessages(emu.runtime).map((m) => ({
          TopicArn: m.TopicArn,
          Subject: m.Subject,
          text: (JSON.parse(m.Message) as { default: string }).default,
        })),
        webhook: (receiver?.received() ?? []).map((r) => ({ status: r.status, body: r.json })),
      },
      lambdaWrites: emu.writesAccepted(),
      refusedWrites: emu.writesAttempted(),
      logs,
    };
    process.stdout.write(JSON.stringify(output, null, 2) + "\n");
    return results.some((r) => r.owed > 0) ? 1 : 0;
  } finally {
    await Promise.all([emu.close(), receiver?.close()]);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`lambda:local: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
