import check from "../../../checks/storage/public-access-prevention.js";
import { checkTable } from "../../support/check-table.js";
import { storageAsset } from "../../support/assets.js";
import { unknown } from "../../../src/model/known.js";

checkTable(check, {
  valid: [
    { name: "bucket BPA all on", messageId: "enforced", asset: storageAsset() },
    {
      name: "enforced by account BPA",
      messageId: "enforced",
      asset: storageAsset({
        publicAccessPrevention: {
          enforced: true,
          settings: {},
          detail: "no bucket configuration; enforced by the account-level setting",
        },
      }),
    },
  ],
  invalid: [
    {
      name: "two flags off",
      asset: storageAsset({
        publicAccessPrevention: {
          enforced: false,
          settings: { IgnorePublicAcls: false },
          detail: "bucket Block Public Access has IgnorePublicAcls, RestrictPublicBuckets off",
        },
      }),
      messageId: "notEnforced",
      data: { detail: "bucket Block Public Access has IgnorePublicAcls, RestrictPublicBuckets off" },
    },
  ],
  unknown: [
    {
      name: "unreadable",
      messageId: "cannotTell",
      asset: storageAsset({ publicAccessPrevention: unknown("GetPublicAccessBlock failed: AccessDenied") }),
    },
  ],
});
