import check from "../../../checks/storage/public-write.js";
import { checkTable } from "../../support/check-table.js";
import { storageAsset, UNREADABLE } from "../../support/assets.js";

checkTable(check, {
  valid: [{ name: "no public write", messageId: "notPublic", asset: storageAsset() }],
  invalid: [
    {
      name: "public PutObject",
      asset: storageAsset({
        publicWrite: { public: true, reasons: ['Statement 1 allows s3:PutObject to Principal "*"'] },
      }),
      messageId: "publicWrite",
      data: { routes: ['Statement 1 allows s3:PutObject to Principal "*"'] },
      severity: "critical",
    },
    {
      name: "ACL WRITE to AllUsers",
      asset: storageAsset({ publicWrite: { public: true, reasons: ["ACL grants WRITE to AllUsers"] } }),
      messageId: "publicWrite",
      data: { routes: ["ACL grants WRITE to AllUsers"] },
    },
  ],
  unknown: [
    { name: "ACL unreadable", messageId: "cannotTell", asset: storageAsset({ publicWrite: UNREADABLE }) },
  ],
});
