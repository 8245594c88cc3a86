import versioning from "../../../checks/storage/versioning.js";
import { checkTable } from "../../support/check-table.js";
import { storageAsset } from "../../support/assets.js";
import { unknown } from "../../../src/model/known.js";

checkTable(versioning, {
  valid: [{ name: "enabled", messageId: "versioned", asset: storageAsset() }],
  invalid: [
    {
      name: "suspended",
      asset: storageAsset({ versioning: { enabled: false, detail: "versioning Suspended" } }),
      messageId: "notVersioned",
      data: { detail: "versioning Suspended" },
    },
    {
      name: "never enabled",
      asset: storageAsset({ versioning: { enabled: false, detail: "versioning never enabled" } }),
      messageId: "notVersioned",
      data: { detail: "versioning never enabled" },
      severity: "low",
    },
  ],
  unknown: [
    {
      name: "unreadable",
      messageId: "cannotTell",
      asset: storageAsset({ versioning: unknown("GetBucketVersioning failed: AccessDenied") }),
    },
  ],
});
