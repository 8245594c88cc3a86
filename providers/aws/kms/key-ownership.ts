// Who manages a KMS key a resource names, decided from KMS's own answer (DescribeKey KeyManager), never from the
// key's text: an AWS managed key named by its key ARN or key id looks exactly like a customer managed one.
// Only the reserved alias prefix alias/aws/ is conclusive without asking (AWS KMS Developer Guide, "Aliases in
// AWS KMS": aliases beginning with aws/ are reserved for AWS managed keys).
import type { KeyMetadata } from "@aws-sdk/client-kms";
import type { InventoryRecord } from "../../../src/model/inventory.js";
import { unknown, type Known } from "../../../src/model/known.js";
import type { KeyDescriber } from "./describe-key.js";

/** Reply key under which a record keeps DescribeKey answers for every key it names: { keyId: KeyMetadata }. */
export const KMS_KEYS_REPLY = "kms:DescribeKey:byKeyId";

export type KeyManager = "customer" | "provider";

/** A key id that names an AWS managed key by its reserved alias (alias/aws/s3, arn:…:alias/aws/sagemaker). */
export function isAwsManagedAlias(keyId: string): boolean {
  return /(^|:)alias\/aws\//.test(keyId);
}

/** The keys KMS must be asked about: every distinct named key except the reserved AWS managed aliases. */
export function keysToDescribe(keyIds: ReadonlyArray<string | undefined>): string[] {
  return [...new Set(keyIds.filter((k): k is string => Boolean(k) && !isAwsManagedAlias(k!)))];
}

/**
 * Describes `keyIds` (once per scan each, through the shared describer) and returns the answers by key id, to
 * store under KMS_KEYS_REPLY. A key KMS did not describe is absent: its failure is already an error entry.
 */
export async function describeKeys(
  keys: KeyDescriber,
  keyIds: ReadonlyArray<string | undefined>,
  region: string,
): Promise<Record<string, KeyMetadata>> {
  const wanted = keysToDescribe(keyIds);
  const answers = await Promise.all(wanted.map((id) => keys.describe(id, region)));
  const out: Record<string, KeyMetadata> = {};
  wanted.forEach((id, i) => {
    const meta = answers[i];
    if (meta) out[id] = meta;
  });
  return out;
}

/** Who manages `keyId`, from the record's stored DescribeKey answers; unknown when KMS did not answer. */
export function keyManagerOf(record: InventoryRecord, keyId: string): Known<KeyManager> {
  if (isAwsManagedAlias(keyId)) return "provider";
  const answers = record.replies[KMS_KEYS_REPLY] as Record<string, { KeyManager?: string }> | undefined;
  const meta = answers && Object.prototype.hasOwnProperty.call(answers, keyId) ? answers[keyId] : undefined;
  if (!meta)
    return unknown(
      `whether ${keyId} is customer managed or AWS managed is unknown: kms:DescribeKey on that key was not answered (see the scan's coverage gaps)`,
    );
  if (meta.KeyManager === "CUSTOMER") return "customer";
  if (meta.KeyManager === "AWS") return "provider";
  return unknown(`KMS did not say who manages ${keyId} (KeyManager ${meta.KeyManager ?? "absent"})`);
}
