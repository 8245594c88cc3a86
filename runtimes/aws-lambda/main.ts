// The AWS Lambda entry point (bundled into dist/lambda/index.mjs by scripts/build-lambda.ts; handler
// "index.handler"). Wiring only: configuration from the environment (src/lambda/config.ts), the AWS provider
// and the check catalogue, the DynamoDB state and the sinks. The logic is src/lambda/handle.ts.
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { S3Client } from "@aws-sdk/client-s3";
import { SNSClient } from "@aws-sdk/client-sns";
import { optedInChecks } from "../../src/engine/opt-in-checks.js";
import { ALL_CHECKS } from "../../checks/index.js";
import { awsClientConfig, createOwnAwsClient } from "../../providers/aws/clients.js";
import { collectAwsResources, recollectionMode } from "../../providers/aws/collect-one.js";
import { awsProvider } from "../../providers/aws/index.js";
import { collectAws } from "../../providers/aws/collect.js";
import {
  handleOrgScanStep,
  ORG_SCAN_OWN_OPERATIONS,
  orgScanOptionsFromEnv,
  parseOrgScanStep,
} from "../../providers/aws/accounts/org-scan.js";
import { readResultsObject } from "../../providers/aws/accounts/results-object.js";
import type { AwsScanOptions } from "../../providers/aws/options.js";
import { assess, collectAll } from "../../src/engine/scan.js";
import { selectChecks } from "../../src/engine/select-checks.js";
import { configFromEnv, describeConfig, type LambdaConfig } from "./config.js";
import { handleEvent, targetKey, type LambdaDeps } from "./handle.js";
import type { LambdaResult } from "./result.js";
import { scrub } from "./redact.js";
import { SnsSink } from "./sinks/sns.js";
import type { Sink } from "./sinks/types.js";
import { WebhookSink } from "./sinks/webhook.js";
import { DynamoAlertState } from "./state-dynamodb.js";
import { toolVersion } from "../../src/version.js";

export type { LambdaResult } from "./result.js";

export interface HandlerOverrides {
  /** Extra CA for the webhook (the local receiver's throw-away certificate). */
  webhookCa?: string;
  /** First webhook backoff step in ms (tests shorten it). */
  webhookBaseDelayMs?: number;
  log?: (entry: Record<string, unknown>) => void;
}

/** Builds the handler's dependencies from a configuration: the same wiring in Lambda, lambda:local and tests. */
export function createDeps(config: LambdaConfig, overrides: HandlerOverrides = {}): LambdaDeps {
  const collectOptions: AwsScanOptions = {
    concurrency: config.concurrency,
    maxAttempts: config.maxAttempts,
    ...(config.regions ? { regions: config.regions } : {}),
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
  };
  // The Lambda makes no opt-in reads (model artifacts), so the checks that judge them do not run.
  const checks = optedInChecks(selectChecks(ALL_CHECKS, config.checks), {}).run;
  const ownClientConfig = (attempts: number) =>
    awsClientConfig(
      { concurrency: 1, maxAttempts: attempts, ...(config.endpoint ? { endpoint: config.endpoint } : {}) },
      config.homeRegion,
    );
  const sinks: Sink[] = [];
  if (config.topicArn)
    sinks.push(
      new SnsSink(
        new SNSClient(ownClientConfig(config.sinkMaxAttempts)),
        config.topicArn,
        config.sinkDeadlineMs,
      ),
    );
  if (config.webhookUrl)
    sinks.push(
      new WebhookSink({
        url: config.webhookUrl,
        maxAttempts: config.sinkMaxAttempts,
        timeoutMs: config.webhookTimeoutMs,
        deadlineMs: config.sinkDeadlineMs,
        ...(overrides.webhookCa ? { ca: overrides.webhookCa } : {}),
        ...(overrides.webhookBaseDelayMs !== undefined ? { baseDelayMs: overrides.webhookBaseDelayMs } : {}),
      }),
    );
  const secrets = lambdaSecrets(config);
  const log = overrides.log ?? ((entry: Record<string, unknown>) => console.log(JSON.stringify(entry)));
  return {
    config,
    version: toolVersion(),
    recollect: async (refs) => {
      const inventory = await collectAwsResources(collectOptions, refs);
      const modes = Object.fromEntries(refs.map((ref) => [targetKey(ref), recollectionMode(ref.service)]));
      return { inventory, modes };
    },
    scanAll: () => {
      const { endpoint, ...common } = collectOptions;
      return collectAll([awsProvider], common, { aws: endpoint ? { endpoint } : {} });
    },
    evaluate: (inventory, startedAt) => assess(inventory, [awsProvider], checks, startedAt, toolVersion()),
    state: new DynamoAlertState({
      client: new DynamoDBClient(ownClientConfig(config.maxAttempts)),
      table: config.stateTable,
      leaseSeconds: config.claimLeaseSeconds,
      eventTtlDays: config.eventTtlDays,
    }),
    sinks,
    // Nothing the handler logs should hold a secret; scrub anyway, in case a cloud error echoes the URL.
    log: (entry) => log(JSON.parse(scrub(JSON.stringify(entry), secrets)) as Record<string, unknown>),
  };
}

/** What no log line may hold: the sinks' addresses and the function's own credentials. */
function lambdaSecrets(config: LambdaConfig): string[] {
  const env = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"].map((k) => process.env[k]);
  return [config.webhookUrl, config.topicArn, ...env].filter((s): s is string => Boolean(s && s.length > 3));
}

export class AlertDeliveryError extends Error {
  override name = "AlertDeliveryError";
  constructor(readonly result: LambdaResult) {
    super(
      `${result.owed} delivery(ies) failed (${result.undelivered} alert(s) reached no sink); their state was released so a retry sends them again`,
    );
  }
}

let deps: LambdaDeps | undefined;

/**
 * Lambda handler. Returns what it did; throws AlertDeliveryError when some sink failed an alert, so Lambda's
 * retry and on-failure destination take over instead of the alert being dropped for that sink.
 */
export async function handler(
  event: unknown,
): Promise<LambdaResult | Awaited<ReturnType<typeof handleOrgScanStep>>> {
  // Steps of the scheduled organization-wide scan (the Step Functions Distributed Map in deploy/).
  const orgStep = parseOrgScanStep(event);
  if (orgStep) return handleOrgScanStep(orgStep, orgScanDeps());
  if (!deps) {
    const config = configFromEnv();
    deps = createDeps(config);
    deps.log({ msg: "configured", config: describeConfig(config) });
  }
  const result = await handleEvent(event, deps);
  if (result.owed > 0) throw new AlertDeliveryError(result);
  return result;
}

/** Dependencies of the org-scan steps: the same collector and engine, with the org scope from the environment. */
function orgScanDeps() {
  const config = configFromEnv();
  const options: AwsScanOptions = {
    concurrency: config.concurrency,
    maxAttempts: config.maxAttempts,
    ...(config.regions ? { regions: config.regions } : {}),
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
    ...orgScanOptionsFromEnv(process.env),
  };
  // The Lambda makes no opt-in reads (model artifacts), so the checks that judge them do not run.
  const checks = optedInChecks(selectChecks(ALL_CHECKS, config.checks), {}).run;
  const s3 = createOwnAwsClient(S3Client, options, config.homeRegion, ORG_SCAN_OWN_OPERATIONS, {
    forcePathStyle: Boolean(config.endpoint),
  });
  return {
    options,
    collect: collectAws,
    evaluate: (inventory: Parameters<typeof assess>[0], startedAt: string) =>
      assess(inventory, [awsProvider], checks, startedAt, toolVersion()),
    readObject: (bucket: string, key: string) => readResultsObject(s3, bucket, key),
  };
}
