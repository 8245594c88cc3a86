import audit from "../../../checks/search/audit-logging.js";
import errors from "../../../checks/search/error-logging.js";
import update from "../../../checks/search/software-update-pending.js";
import { unknown } from "../../../src/model/known.js";
import { checkTable } from "../../support/check-table.js";
import { DENIED, domainAsset } from "./opensearch-assets.js";

const on = { enabled: true, destination: "arn:aws:logs:us-east-1:111122223333:log-group:x" };
const off = { enabled: false };

checkTable(audit, {
  valid: [{ name: "audit logs published", messageId: "publishedTo", asset: domainAsset() }],
  invalid: [
    {
      name: "no audit logs",
      asset: domainAsset({ logging: { audit: off, error: on } }),
      messageId: "notPublished",
      severity: "medium",
    },
  ],
  unknown: [
    { name: "DescribeDomains denied", messageId: "cannotTell", asset: domainAsset({ logging: DENIED }) },
  ],
});

checkTable(errors, {
  valid: [{ name: "error logs published", messageId: "publishedTo", asset: domainAsset() }],
  invalid: [
    {
      name: "no error logs",
      asset: domainAsset({ logging: { audit: on, error: off } }),
      messageId: "notPublished",
      severity: "low",
    },
  ],
  unknown: [
    { name: "DescribeDomains denied", messageId: "cannotTell", asset: domainAsset({ logging: DENIED }) },
  ],
});

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
