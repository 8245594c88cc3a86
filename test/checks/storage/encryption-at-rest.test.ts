import atRest from "../../../checks/storage/encryption-at-rest.js";
import { checkTable } from "../../support/check-table.js";
import { storageAsset } from "../../support/assets.js";

import { sseS3, none, unreadable } from "./encryption.fixtures.js";

checkTable(atRest, {
  valid: [
    { name: "SSE-KMS", messageId: "encrypted", asset: storageAsset() },
    { name: "SSE-S3 is still encryption", messageId: "encrypted", asset: sseS3 },
  ],
  invalid: [{ name: "no default encryption", asset: none, messageId: "notEncrypted", severity: "high" }],
  unknown: [{ name: "unreadable", messageId: "cannotTell", asset: unreadable }],
});
