// Who manages a service's at-rest key, decided by KMS (DescribeKey's KeyManager), never by the key's text: an
// AWS managed key given by key ARN reads exactly like a customer managed one.
import type { EncryptionAtRest } from "../../../src/model/asset.js";
import type { InventoryRecord } from "../../../src/model/inventory.js";
import { isUnknown, unknown, type Known } from "../../../src/model/known.js";
import type { ReplyReader } from "../replies.js";
import { KMS_KEY_REPLY } from "./describe-key.js";

/**
 * The encryption of a resource whose API names an optional KMS key: none named means a key the service owns;
 * a named key is customer managed only when KMS says KeyManager CUSTOMER, and unknown when KMS did not answer.
 */
export function describedKeyEncryption(
  record: InventoryRecord,
  read: ReplyReader,
  keyId: string | undefined,
): Known<EncryptionAtRest> {
  if (!keyId) return { enabled: true, keyManager: "provider", algorithm: "AWS owned key" };
  const key = read<{ KeyManager?: string }>(record, KMS_KEY_REPLY);
  const base = { enabled: true, algorithm: "aws:kms", keyId } as const;
  if (isUnknown(key))
    return unknown(
      `encrypted with ${keyId}, but whether AWS or the customer manages that key is unknown: kms:DescribeKey on it was not answered (see the scan's coverage gaps)`,
    );
  if (key?.KeyManager === "CUSTOMER") return { ...base, keyManager: "customer" };
  if (key?.KeyManager === "AWS") return { ...base, keyManager: "provider" };
  return unknown(`encrypted with ${keyId}, but KMS did not say who manages the key`);
}
