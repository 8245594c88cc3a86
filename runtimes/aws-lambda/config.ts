// The handler's configuration, from environment variables only (a CDK stack sets them; docs/lambda.md lists
// them). A bad value is a ConfigError naming the variable — never echoing the webhook URL, which is a secret.
import { isSeverity, type Severity } from "../../src/model/severity.js";
import { plainHttpRefusal } from "../../src/text/loopback.js";
import { redactUrl } from "./redact.js";

export interface LambdaConfig {
  /** Regions of the scheduled full scan (absent: the collectors' defaults). Events carry their own region. */
  regions?: string[];
  /** One endpoint for every AWS call (the emulator); absent in production. */
  endpoint?: string;
  /** Region of the SNS topic and the state table: the Lambda's own (AWS_REGION). */
  homeRegion: string;
  stateTable: string;
  topicArn?: string;
  webhookUrl?: string;
  /** Failures below this severity are not alerted (their resolutions neither). */
  minSeverity: Severity;
  /** Check selection, as the CLI's --checks ("storage.*,!storage.versioning"). */
  checks?: string;
  concurrency: number;
  /** Attempts per scanning call (SDK adaptive retry). */
  maxAttempts: number;
  /** Attempts per alert delivery, per sink (SNS: SDK retries; webhook: bounded backoff loop). */
  sinkMaxAttempts: number;
  webhookTimeoutMs: number;
  /** Each sink's overall deadline for one notification, all retries included. */
  sinkDeadlineMs: number;
  /** How long a handled event id is remembered (duplicate deliveries arrive within minutes to hours). */
  eventTtlDays: number;
  /** A claim on an alert older than this is abandoned (its invocation died) and may be taken over. */
  claimLeaseSeconds: number;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

export const ENV = {
  regions: "AIPOSTURE_REGIONS",
  endpoint: "AIPOSTURE_ENDPOINT",
  stateTable: "AIPOSTURE_STATE_TABLE",
  topicArn: "AIPOSTURE_SNS_TOPIC_ARN",
  webhookUrl: "AIPOSTURE_WEBHOOK_URL",
  minSeverity: "AIPOSTURE_ALERT_MIN_SEVERITY",
  checks: "AIPOSTURE_CHECKS",
  concurrency: "AIPOSTURE_CONCURRENCY",
  maxAttempts: "AIPOSTURE_MAX_ATTEMPTS",
  sinkMaxAttempts: "AIPOSTURE_SINK_MAX_ATTEMPTS",
  webhookTimeoutMs: "AIPOSTURE_WEBHOOK_TIMEOUT_MS",
  sinkDeadlineMs: "AIPOSTURE_SINK_DEADLINE_MS",
  eventTtlDays: "AIPOSTURE_EVENT_TTL_DAYS",
  claimLeaseSeconds: "AIPOSTURE_CLAIM_LEASE_SECONDS",
} as const;

export function configFromEnv(env: Record<string, string | undefined> = process.env): LambdaConfig {
  const text = (name: string) => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  const int = (name: string, fallback: number, min: number, max: number) => {
    const raw = text(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new ConfigError(`${name} must be an integer from ${min} to ${max} (got "${raw}")`);
    return n;
  };

  const stateTable = text(ENV.stateTable);
  if (!stateTable) throw new ConfigError(`${ENV.stateTable} is required: the DynamoDB table of alert state`);
  const topicArn = text(ENV.topicArn);
  if (topicArn && !/^arn:aws[\w-]*:sns:[\w-]+:\d{12}:[\w-]+$/.test(topicArn))
    // Not echoed: a mistyped value may be a secret pasted into the wrong variable.
    throw new ConfigError(`${ENV.topicArn} must be an SNS topic ARN (arn:aws:sns:<region>:<account>:<name>)`);
  const endpoint = text(ENV.endpoint);
  const endpointRefusal = endpoint ? plainHttpRefusal(endpoint, ENV.endpoint) : undefined;
  if (endpointRefusal) throw new ConfigError(endpointRefusal);
  const webhookUrl = text(ENV.webhookUrl);
  if (webhookUrl) {
    let protocol = "";
    try {
      protocol = new URL(webhookUrl).protocol;
    } catch {
      throw new ConfigError(`${ENV.webhookUrl} is not a URL (${redactUrl(webhookUrl)})`);
    }
    if (protocol !== "https:") throw new ConfigError(`${ENV.webhookUrl} must be an https:// URL`);
  }
  if (!topicArn && !webhookUrl)
    throw new ConfigError(`set ${ENV.topicArn} and/or ${ENV.webhookUrl}: alerts need somewhere to go`);
  const severity = text(ENV.minSeverity) ?? "medium";
  if (!isSeverity(severity))
    throw new ConfigError(`${ENV.minSeverity} must be one of critical, high, medium, low, info`);
  const regions = text(ENV.regions)
    ?.split(",")
    .map((r) => r.trim())
    .filter(Boolean);
  const homeRegion =
    text("AWS_REGION") ?? text("AWS_DEFAULT_REGION") ?? topicArn?.split(":")[3] ?? "us-east-1";

  return {
    ...(regions && regions.length > 0 ? { regions } : {}),
    ...(endpoint ? { endpoint } : {}),
    homeRegion,
    stateTable,
    ...(topicArn ? { topicArn } : {}),
    ...(webhookUrl ? { webhookUrl } : {}),
    minSeverity: severity,
    ...(text(ENV.checks) ? { checks: text(ENV.checks) } : {}),
    concurrency: int(ENV.concurrency, 8, 1, 64),
    maxAttempts: int(ENV.maxAttempts, 8, 1, 20),
    sinkMaxAttempts: int(ENV.sinkMaxAttempts, 4, 1, 10),
    webhookTimeoutMs: int(ENV.webhookTimeoutMs, 5000, 100, 60_000),
    sinkDeadlineMs: int(ENV.sinkDeadlineMs, 20_000, 500, 300_000),
    eventTtlDays: int(ENV.eventTtlDays, 7, 1, 365),
    claimLeaseSeconds: int(ENV.claimLeaseSeconds, 900, 1, 86_400),
  };
}

/** The configuration as it may be logged or returned: the webhook URL redacted. */
export function describeConfig(config: LambdaConfig): Record<string, unknown> {
  return {
    ...config,
    ...(config.webhookUrl ? { webhookUrl: redactUrl(config.webhookUrl) } : {}),
    ...(config.topicArn ? { topicArn: redactTopicArn(config.topicArn) } : {}),
  };
}

/** The region of a topic ARN, without the account and the name (which may carry a token). */
export function redactTopicArn(arn: string): string {
  const parts = arn.split(":");
  return parts.length >= 6 ? `${parts.slice(0, 4).join(":")}:***` : "***";
}
