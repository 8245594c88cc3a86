// SNS sink: one Publish per notification. Retries are the SDK's own (throttling — SNS answers 429 Throttled —
// and transient errors), bounded by maxAttempts on the client and by an overall deadline; what is left is
// reported, not thrown.
import { PublishCommand, type SNSClient } from "@aws-sdk/client-sns";
import type { Notification } from "../format.js";
import { guardOwnOperations } from "../operations.js";
import { scrub } from "../redact.js";
import type { Sink, SinkAttempt } from "./types.js";

/** Publish accepts at most 256 KiB; leave room for the envelope. */
const MAX_MESSAGE_BYTES = 250_000;

export class SnsSink implements Sink {
  readonly name = "sns";
  constructor(
    private readonly client: SNSClient,
    private readonly topicArn: string,
    /** All attempts of one Publish (the SDK's retries included) end within this many ms. */
    private readonly deadlineMs = 20_000,
  ) {
    guardOwnOperations(client, "sns");
  }

  async send(notification: Notification): Promise<SinkAttempt> {
    const command = new PublishCommand({
      TopicArn: this.topicArn,
      Subject: notification.subject,
      // Per-protocol bodies: people (email, SMS) get text, queues and functions get JSON.
      MessageStructure: "json",
      Message: messageBody(notification),
      MessageAttributes: {
        severity: { DataType: "String", StringValue: notification.alerts[0]?.severity ?? "info" },
        kinds: {
          DataType: "String.Array",
          StringValue: JSON.stringify([...new Set(notification.alerts.map((a) => a.kind))]),
        },
      },
    });
    try {
      const reply = await this.client.send(command, { abortSignal: AbortSignal.timeout(this.deadlineMs) });
      return {
        sink: this.name,
        ok: true,
        attempts: reply.$metadata.attempts ?? 1,
        ...(reply.MessageId ? { messageId: reply.MessageId } : {}),
      };
    } catch (error) {
      const e = error as { name?: string; message?: string; $metadata?: { attempts?: number } };
      return {
        sink: this.name,
        ok: false,
        attempts: e.$metadata?.attempts ?? 1,
        // A service error may echo the topic ARN; it stays out of results and logs like the webhook URL.
        error: scrub(`${e.name ?? "Error"}: ${e.message ?? ""}`.trim(), [this.topicArn]),
      };
    }
  }
}

function messageBody(notification: Notification): string {
  const json = JSON.stringify(notification.json);
  const body = JSON.stringify({ default: notification.text, sqs: json, lambda: json });
  if (Buffer.byteLength(body) <= MAX_MESSAGE_BYTES) return body;
  // Evidence (policy documents, grant lists) is what grows; the fingerprints lead back to it.
  const slim = {
    ...notification.json,
    alerts: (notification.json.alerts as Array<Record<string, unknown>>).map(
      ({ evidence: _e, ...rest }) => rest,
    ),
  };
  const slimJson = JSON.stringify(slim);
  return JSON.stringify({ default: notification.text.slice(0, 60_000), sqs: slimJson, lambda: slimJson });
}
