import atRest from "../../../checks/storage/encryption-at-rest.js";
import cmk from "../../../checks/storage/customer-managed-key.js";
import { checkTable } from "../../support/check-table.js";
import { storageAsset } from "../../support/assets.js";
import { unknown } from "../../../src/model/known.js";

const sseS3 = storageAsset({
  encryptionAtRest: { enabled: true, keyManager: "provider", algorithm: "AES256" },
});
const none = storageAsset({ encryptionAtRest: { enabled: false, keyManager: "none" } });
const unreadable = storageAsset({ encryptionAtRest: unknown("GetBucketEncryption failed: AccessDenied") });

checkTable(atRest, {
  valid: [
    { name: "SSE-KMS", messageId: "encrypted", asset: storageAsset() },
    { name: "SSE-S3 is still encryption", messageId: "encrypted", asset: sseS3 },
  ],
  invalid: [{ name: "no default encryption", asset: none, messageId: "notEncrypted", severity: "high" }],
  unknown: [{ name: "unreadable", messageId: "cannotTell", asset: unreadable }],
});

checkTable(cmk, {
  valid: [{ name: "customer-managed KMS key", messageId: "customerKey", asset: storageAsset() }],
  invalid: [
    {
      name: "SSE-S3 only",
      asset: sseS3,
      messageId: "providerKey",
      data: { algorithm: "AES256" },
      severity: "low",
    },
    { name: "not encrypted", asset: none, messageId: "notEncrypted" },
  ],
  unknown: [{ name: "unreadable", messageId: "cannotTell", asset: unreadable }],
});
