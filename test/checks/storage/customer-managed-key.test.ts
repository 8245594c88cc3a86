import cmk from "../../../checks/storage/customer-managed-key.js";
import { checkTable } from "../../support/check-table.js";
import { storageAsset } from "../../support/assets.js";

import { sseS3, none, unreadable } from "./encryption.fixtures.js";

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
