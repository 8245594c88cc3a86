import update from "../../../checks/search/software-update-pending.js";
import { unknown } from "../../../src/model/known.js";
import { checkTable } from "../../support/check-table.js";
import { DENIED, domainAsset } from "./opensearch-assets.js";

checkTable(update, {
  valid: [
    { name: "current", messageId: "upToDate", asset: domainAsset() },
    {
      name: "update being applied",
      messageId: "upToDate",
      asset: domainAsset({
        pendingUpdate: { pending: false, status: "IN_PROGRESS", detail: "R1 (IN_PROGRESS)" },
      }),
    },
  ],
  invalid: [
    {
      name: "update waiting",
      asset: domainAsset({
        pendingUpdate: {
          pending: true,
          status: "ELIGIBLE",
          currentVersion: "R1",
          newVersion: "R2",
          detail: "R1 → R2 (ELIGIBLE)",
        },
      }),
      messageId: "pending",
      data: { detail: "R1 → R2 (ELIGIBLE)" },
      severity: "low",
    },
  ],
  unknown: [
    {
      name: "DescribeDomains denied",
      messageId: "cannotTell",
      asset: domainAsset({ pendingUpdate: DENIED }),
    },
    {
      name: "no ServiceSoftwareOptions reported",
      messageId: "cannotTell",
      asset: domainAsset({ pendingUpdate: unknown("DescribeDomains reported no ServiceSoftwareOptions") }),
    },
  ],
});
