import check from "../../../checks/account/storage-public-access-prevention.js";
import { checkTable } from "../../support/check-table.js";
import { accountAsset } from "../../support/assets.js";
import { unknown } from "../../../src/model/known.js";

checkTable(check, {
  valid: [{ name: "all four on", messageId: "enforced", asset: accountAsset() }],
  invalid: [
    {
      name: "no configuration",
      asset: accountAsset({
        storagePublicAccessPrevention: {
          enforced: false,
          settings: {},
          detail: "no account Block Public Access configuration",
        },
      }),
      messageId: "notEnforced",
      data: { detail: "no account Block Public Access configuration" },
      severity: "high",
    },
  ],
  unknown: [
    {
      name: "S3 Control denied",
      asset: accountAsset({
        storagePublicAccessPrevention: unknown("GetPublicAccessBlock failed: AccessDenied"),
      }),
      messageId: "cannotTell",
      data: {
        reason: "GetPublicAccessBlock failed: AccessDenied",
      },
    },
  ],
});
