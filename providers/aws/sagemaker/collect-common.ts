// What the SageMaker collectors share: the scan context with its KMS describer, one Describe* read, and
// recording a resource with the KMS answers for the keys it names.
import type { SageMakerClient } from "@aws-sdk/client-sagemaker";
import type { AwsCollectContext } from "../context.js";
import type { KeyDescriber } from "../kms/describe-key.js";
import { describeKeys, keysToDescribe, KMS_KEYS_REPLY } from "../kms/key-ownership.js";

export const SAGEMAKER_SERVICE = "sagemaker";

/** The account's context plus the scan-wide KMS describer, so each key is described once. */
export type SageMakerContext = AwsCollectContext & { keys: KeyDescriber };

/** Reads one resource; the reply, or undefined when the read failed (already an error entry). */
export async function describe<T>(
  ctx: AwsCollectContext,
  client: SageMakerClient,
  command: object,
  region: string,
  resource: string,
): Promise<T | undefined> {
  const result = await ctx.reader.read<T>("sagemaker", client, command, { region, resource });
  return result.ok ? (result.value ?? undefined) : undefined;
}

/**
 * Records one resource. Every KMS key its replies name (fields named …KmsKeyId / KmsKey) is described first, so
 * the normalizer can tell a customer managed key from an AWS managed one named by its ARN.
 */
export async function push(
  ctx: SageMakerContext,
  region: string,
  resourceType: string,
  resourceId: string,
  name: string,
  replies: Record<string, unknown>,
): Promise<void> {
  const named = keysToDescribe(namedKeys(replies));
  if (named.length > 0) replies[KMS_KEYS_REPLY] = await describeKeys(ctx.keys, named, region);
  ctx.inventory.records.push({
    provider: "aws",
    account: ctx.account,
    region,
    service: SAGEMAKER_SERVICE,
    resourceType,
    resourceId,
    name,
    replies,
  });
}

/** Values of every field named like a KMS key (KmsKeyId, VolumeKmsKeyId, KmsKey, …), at any depth. */
export function namedKeys(value: unknown, key = ""): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => namedKeys(item));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => namedKeys(v, k));
  return typeof value === "string" && value !== "" && /KmsKey(Id)?$/.test(key) ? [value] : [];
}
