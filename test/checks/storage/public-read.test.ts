import check from "../../../checks/storage/public-read.js";
import { checkTable } from "../../support/check-table.js";
import { storageAsset, UNREADABLE } from "../../support/assets.js";

const open = { public: true, reasons: ['Statement 1 allows s3:GetObject to Principal "*"'] };

checkTable(check, {
  valid: [
    { name: "private bucket", messageId: "notPublic", asset: storageAsset() },
    {
      name: "public policy blocked by RestrictPublicBuckets",
      messageId: "notPublic",
      asset: storageAsset({
        publicRead: { public: false, reasons: ["…, but RestrictPublicBuckets blocks it"] },
      }),
    },
  ],
  invalid: [
    {
      name: "public via policy",
      asset: storageAsset({ publicRead: open }),
      messageId: "publicRead",
      data: { routes: ['Statement 1 allows s3:GetObject to Principal "*"'] },
      severity: "high",
    },
    {
      name: "public and tagged phi is critical",
      asset: storageAsset({ publicRead: open, dataClassification: "phi" }),
      messageId: "publicRead",
      data: { routes: ['Statement 1 allows s3:GetObject to Principal "*"'] },
      severity: "critical",
    },
    {
      name: "public and tagged internal stays high",
      asset: storageAsset({ publicRead: open, dataClassification: "internal" }),
      messageId: "publicRead",
      data: { routes: ['Statement 1 allows s3:GetObject to Principal "*"'] },
      severity: "high",
    },
  ],
  unknown: [
    {
      name: "policy unreadable",
      asset: storageAsset({ publicRead: UNREADABLE }),
      messageId: "cannotTell",
      data: { reason: "GetBucketPolicy failed: AccessDenied" },
    },
  ],
});
