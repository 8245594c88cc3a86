import tls from "../../../checks/storage/tls-only.js";
import { checkTable } from "../../support/check-table.js";
import { storageAsset } from "../../support/assets.js";
import { unknown } from "../../../src/model/known.js";

checkTable(tls, {
  valid: [{ name: "deny on SecureTransport=false", messageId: "tlsOnly", asset: storageAsset() }],
  invalid: [
    {
      name: "no deny statement",
      asset: storageAsset({ tlsOnly: { enforced: false, detail: "no bucket policy" } }),
      messageId: "plainHttp",
      data: { detail: "no bucket policy" },
      severity: "medium",
    },
  ],
  unknown: [
    {
      name: "policy unreadable",
      messageId: "cannotTell",
      asset: storageAsset({ tlsOnly: unknown("GetBucketPolicy failed: AccessDenied") }),
    },
  ],
});
