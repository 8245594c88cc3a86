import type { AssetBase, AssetKind, EncryptionAtRest } from "../../../src/model/asset.js";
import { classificationFromTags } from "../../../src/model/classification.js";
import type { InventoryRecord } from "../../../src/model/inventory.js";
import { isUnknown, unknown, type Known } from "../../../src/model/known.js";
import type { ReplyReader } from "../replies.js";

/** What every Bedrock asset shares: identity, tags and data classification from the record. */
export function assetBase<K extends AssetKind>(
  record: InventoryRecord,
  kind: K,
  tags: Known<Record<string, string>>,
): AssetBase & { kind: K } {
  const base: AssetBase & { kind: K } = {
    id: record.resourceId,
    provider: "aws",
    account: record.account,
    region: record.region,
    kind,
    type: record.resourceType,
    name: record.name,
    tags,
    relations: [],
    raw: record.replies,
  };
  const classification = classificationFromTags(tags);
  if (classification) base.dataClassification = classification;
  return base;
}

/** Bedrock's ListTagsForResource answers [{key, value}]; Bedrock Agent's answers {key: value}. */
export function readTags(record: InventoryRecord, read: ReplyReader): Known<Record<string, string>> {
  const reply = read<unknown>(record, "ListTagsForResource");
  if (isUnknown(reply)) return reply;
  if (Array.isArray(reply)) {
    const out: Record<string, string> = {};
    for (const tag of reply as Array<{ key?: string; value?: string }>)
      if (tag.key !== undefined) out[tag.key] = tag.value ?? "";
    return out;
  }
  return { ...((reply ?? {}) as Record<string, string>) };
}

/** A Get reply that must be there: null (the service answered with no body) is unknown too. */
export function required<T>(record: InventoryRecord, read: ReplyReader, operation: string): Known<T> {
  const reply = read<T>(record, operation);
  return reply === null ? unknown(`${operation} returned nothing`) : reply;
}

/**
 * Bedrock encrypts everything it stores; without a customer-managed key it uses a key AWS owns (invisible in
 * the customer's KMS, no key policy, no CloudTrail record of its use).
 */
export function bedrockEncryption(keyArn: string | undefined): EncryptionAtRest {
  return keyArn
    ? { enabled: true, keyManager: "customer", algorithm: "aws:kms", keyId: keyArn }
    : { enabled: true, keyManager: "provider", algorithm: "AWS owned key" };
}

export function partitionOfArn(arn: string): string {
  return arn.split(":")[1] || "aws";
}

/** Inference profile ids start with a geography ("us.", "eu.", "apac.", "global.", …). */
const INFERENCE_PROFILE = /^(us|us-gov|eu|apac|jp|au|ca|global)\.[a-z]/;

/** A model reference (ARN, foundation-model id or inference-profile id) as the ARN a relation can target. */
export function modelTarget(reference: string, record: InventoryRecord): string {
  if (reference.startsWith("arn:")) return reference;
  const partition = partitionOfArn(record.resourceId);
  if (INFERENCE_PROFILE.test(reference))
    return `arn:${partition}:bedrock:${record.region}:${record.account}:inference-profile/${reference}`;
  return `arn:${partition}:bedrock:${record.region}::foundation-model/${reference}`;
}

/** A guardrail or knowledge base named by id in another resource, as its ARN. */
export function bedrockArn(
  record: InventoryRecord,
  type: "guardrail" | "knowledge-base",
  idOrArn: string,
): string {
  if (idOrArn.startsWith("arn:")) return idOrArn;
  return `arn:${partitionOfArn(record.resourceId)}:bedrock:${record.region}:${record.account}:${type}/${idOrArn}`;
}
