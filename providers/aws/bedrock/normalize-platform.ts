import type { AiPlatformAsset, InvocationLogging } from "../../../src/model/assets/ai-platform.js";
import type { Relation } from "../../../src/model/asset.js";
import type { InventoryRecord } from "../../../src/model/inventory.js";
import { isUnknown, type Known } from "../../../src/model/known.js";
import { RELATION } from "../../../src/model/relations.js";
import type { ReplyReader } from "../replies.js";
import { assetBase, partitionOfArn } from "./normalize-common.js";

interface S3Config {
  bucketName?: string;
  keyPrefix?: string;
}

export interface LoggingConfigReply {
  cloudWatchConfig?: { logGroupName?: string; roleArn?: string; largeDataDeliveryS3Config?: S3Config };
  s3Config?: S3Config;
  textDataDeliveryEnabled?: boolean;
  imageDataDeliveryEnabled?: boolean;
  embeddingDataDeliveryEnabled?: boolean;
  videoDataDeliveryEnabled?: boolean;
  audioDataDeliveryEnabled?: boolean;
}

const DATA_TYPES = ["text", "image", "embedding", "video", "audio"] as const;

const LISTINGS = ["ListGuardrails", "ListAgents", "ListCustomModels", "ListKnowledgeBases"] as const;

/** Guardrails in these states guard nothing. */
const INACTIVE_GUARDRAIL = new Set(["FAILED", "DELETING"]);

/**
 * A region's Bedrock settings and listings as an ai-platform asset, with logs-to relations. A region where
 * Bedrock shows no sign of use (logging never configured, every listing read and empty) is not an AI asset:
 * no asset, so neither the AI bill of materials nor region-scoped checks see one. A region whose reads failed
 * is kept, with unknowns.
 */
export function normalizePlatform(record: InventoryRecord, read: ReplyReader): AiPlatformAsset | undefined {
  const config = read<LoggingConfigReply>(record, "GetModelInvocationLoggingConfiguration");
  const partition = partitionOfArn(record.resourceId);
  const destinations = isUnknown(config) ? [] : logDestinations(config, partition, record);
  const count = (operation: string, active: (item: { status?: string }) => boolean = () => true) => {
    const items = read<Array<{ status?: string }>>(record, operation);
    return isUnknown(items) ? items : (items ?? []).filter(active).length;
  };
  const resources = {
    guardrails: count("ListGuardrails", (g) => !INACTIVE_GUARDRAIL.has(g.status ?? "")),
    agents: count("ListAgents"),
    customModels: count("ListCustomModels"),
    knowledgeBases: count("ListKnowledgeBases"),
  };
  const unused =
    config === null &&
    LISTINGS.every((operation) => {
      const items = read<unknown[]>(record, operation);
      return Array.isArray(items) && items.length === 0;
    });
  if (unused) return undefined;
  return {
    ...assetBase(record, "ai-platform", {}),
    relations: destinations.map(({ target, detail }) => ({ type: RELATION.logsTo, target, detail })),
    // Where invocations are logged is unknown when the logging configuration was not read, not "nowhere".
    ...(isUnknown(config) ? { unreadRelations: { [RELATION.logsTo]: config.reason } } : {}),
    invocationLogging: isUnknown(config) ? config : describeLogging(config, destinations),
    resources,
    inUse: inUse(config, Object.values(resources)),
  };
}

/** Logging configured or any resource listed is use; a failed read with nothing else showing use is unknown. */
function inUse(config: Known<LoggingConfigReply | null>, counts: Known<number>[]): Known<boolean> {
  if ((!isUnknown(config) && config !== null) || counts.some((n) => !isUnknown(n) && n > 0)) return true;
  const failed = [config, ...counts].find(isUnknown);
  return failed ?? false;
}

function logDestinations(
  config: LoggingConfigReply | null,
  partition: string,
  record: InventoryRecord,
): Array<Pick<Relation, "target" | "detail">> {
  const out: Array<Pick<Relation, "target" | "detail">> = [];
  const bucket = config?.s3Config?.bucketName;
  if (bucket) out.push({ target: `arn:${partition}:s3:::${bucket}`, detail: s3Detail(config?.s3Config) });
  const group = config?.cloudWatchConfig?.logGroupName;
  if (group) {
    out.push({
      target: `arn:${partition}:logs:${record.region}:${record.account}:log-group:${group}`,
      detail: "CloudWatch Logs",
    });
    const large = config?.cloudWatchConfig?.largeDataDeliveryS3Config;
    if (large?.bucketName)
      out.push({
        target: `arn:${partition}:s3:::${large.bucketName}`,
        detail: `${s3Detail(large)} (payloads too large for CloudWatch)`,
      });
  }
  return out;
}

function s3Detail(config: S3Config | undefined): string {
  return `S3 s3://${config?.bucketName ?? ""}/${config?.keyPrefix ?? ""}`;
}

function describeLogging(
  config: LoggingConfigReply | null,
  destinations: Array<Pick<Relation, "target" | "detail">>,
): Known<InvocationLogging> {
  if (!config || destinations.length === 0)
    return {
      enabled: false,
      destinations: [],
      dataTypes: [],
      detail: "model invocation logging is not configured",
    };
  const dataTypes = DATA_TYPES.filter(
    (type) => config[`${type}DataDeliveryEnabled` as keyof LoggingConfigReply] === true,
  );
  const where = destinations.map((d) => d.detail).join(", ");
  const what = dataTypes.length > 0 ? `with ${dataTypes.join(", ")} payloads` : "metadata only, no payloads";
  return {
    enabled: true,
    destinations: destinations.map((d) => d.target),
    dataTypes: [...dataTypes],
    detail: `invocations are logged to ${where} (${what})`,
  };
}
