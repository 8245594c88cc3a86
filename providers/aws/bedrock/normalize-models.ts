import type { Relation } from "../../../src/model/asset.js";
import type { CustomModelAsset } from "../../../src/model/assets/custom-model.js";
import type { ContentFilter, GuardrailAsset } from "../../../src/model/assets/guardrail.js";
import type { InventoryRecord } from "../../../src/model/inventory.js";
import { isUnknown } from "../../../src/model/known.js";
import { bucketArnFromS3Uri, RELATION } from "../../../src/model/relations.js";
import type { ReplyReader } from "../replies.js";
import {
  assetBase,
  bedrockEncryption,
  modelTarget,
  partitionOfArn,
  readTags,
  required,
} from "./normalize-common.js";

interface CustomModelReply {
  baseModelArn?: string;
  modelKmsKeyArn?: string;
  trainingDataConfig?: { s3Uri?: string };
  validationDataConfig?: { validators?: Array<{ s3Uri?: string }> };
  outputDataConfig?: { s3Uri?: string };
}

/** A custom model: its key, and where its training data came from and its output went. */
export function normalizeCustomModel(record: InventoryRecord, read: ReplyReader): CustomModelAsset {
  const model = required<CustomModelReply>(record, read, "GetCustomModel");
  const summary = read<{ baseModelArn?: string }>(record, "ListCustomModels");
  const known = isUnknown(model) ? undefined : model;
  const baseModel = known?.baseModelArn ?? (isUnknown(summary) ? undefined : summary?.baseModelArn);
  const partition = partitionOfArn(record.resourceId);
  const relations: Relation[] = [];
  if (baseModel) relations.push({ type: RELATION.fineTunedFrom, target: modelTarget(baseModel, record) });
  const bucketOf = (uri: string | undefined) => bucketArnFromS3Uri(uri, partition);
  const training = [
    known?.trainingDataConfig?.s3Uri,
    ...(known?.validationDataConfig?.validators ?? []).map((v) => v.s3Uri),
  ];
  for (const uri of training) {
    const bucket = bucketOf(uri);
    if (bucket) relations.push({ type: RELATION.readsTrainingDataFrom, target: bucket, detail: uri });
  }
  const output = bucketOf(known?.outputDataConfig?.s3Uri);
  if (output)
    relations.push({ type: RELATION.writesOutputTo, target: output, detail: known?.outputDataConfig?.s3Uri });

  const asset: CustomModelAsset = {
    ...assetBase(record, "custom-model", readTags(record, read)),
    relations: dedupe(relations),
    encryptionAtRest: isUnknown(model) ? model : bedrockEncryption(model.modelKmsKeyArn),
  };
  // Where its training data came from and its output went is unknown when GetCustomModel was not read.
  if (isUnknown(model))
    asset.unreadRelations = {
      [RELATION.readsTrainingDataFrom]: model.reason,
      [RELATION.writesOutputTo]: model.reason,
    };
  if (baseModel) asset.baseModel = baseModel;
  return asset;
}

interface GuardrailReply {
  version?: string;
  status?: string;
  kmsKeyArn?: string;
  contentPolicy?: {
    filters?: Array<{
      type?: string;
      inputStrength?: string;
      outputStrength?: string;
      inputEnabled?: boolean;
      inputAction?: string;
    }>;
  };
}

/** A guardrail's working draft: its content filters (prompt attack among them) and its key. */
export function normalizeGuardrail(record: InventoryRecord, read: ReplyReader): GuardrailAsset {
  const guardrail = required<GuardrailReply>(record, read, "GetGuardrail");
  const summary = read<{ version?: string; status?: string }>(record, "ListGuardrails");
  const known = isUnknown(guardrail) ? undefined : guardrail;
  const listed = isUnknown(summary) ? undefined : summary;
  return {
    ...assetBase(record, "guardrail", readTags(record, read)),
    version: known?.version ?? listed?.version ?? "DRAFT",
    status: known?.status ?? listed?.status ?? "unknown",
    contentFilters: isUnknown(guardrail) ? guardrail : (guardrail.contentPolicy?.filters ?? []).map(filter),
    encryptionAtRest: isUnknown(guardrail) ? guardrail : bedrockEncryption(guardrail.kmsKeyArn),
  };
}

function filter(
  f: NonNullable<NonNullable<GuardrailReply["contentPolicy"]>["filters"]>[number],
): ContentFilter {
  return {
    category: (f.type ?? "UNKNOWN").toUpperCase(),
    inputStrength: f.inputStrength ?? "NONE",
    outputStrength: f.outputStrength ?? "NONE",
    // Both default to on/BLOCK when absent (guardrails created before these fields existed).
    inputEnabled: f.inputEnabled ?? true,
    inputBlocks: (f.inputAction ?? "BLOCK") === "BLOCK",
  };
}

export function dedupe(relations: Relation[]): Relation[] {
  const seen = new Set<string>();
  return relations.filter((r) => {
    const key = `${r.type}\u0000${r.target}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
