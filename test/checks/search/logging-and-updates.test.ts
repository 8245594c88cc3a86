import audit from "../../../checks/search/audit-logging.js";
import errors from "../../../checks/search/error-logging.js";
import update from "../../../checks/search/software-update-pending.js";
import { unknown } from "../../../src/model/known.js";
import { checkTable } from "../../support/check-table.js";
import { DENIED, domainAsset } from "./opensearch-assets.js";

const on = { enabled: true, destination: "arn:aws:logs:us-east-1:111122223333:log-group:x" };
const off = { enabled: false };

checkTable(audit, {
  valid: [{ name: "audit logs published", asset: domainAsset() }],
  invalid: [
    {
      name: "no audit logs",
      asset: domainAsset({ logging: { audit: off, error: on } }),
      message: /No audit logs/,
      severity: "medium",
    },
  ],
  unknown: [{ name: "DescribeDomains denied", asset: domainAsset({ logging: DENIED }) }],
});

checkTable(errors, {
  valid: [{ name: "error logs published", asset: domainAsset() }],
  invalid: [
    {
      name: "no error logs",
      asset: domainAsset({ logging: { audit: on, error: off } }),
      message: /ES_APPLICATION_LOGS/,
      severity: "low",
    },
  ],
  unknown: [{ name: "DescribeDomains denied", asset: domainAsset({ logging: DENIED }) }],
});

checkTable(update, {
  valid: [
    { name: "current", asset: domainAsset() },
    {
      name: "update being applied",
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
      message: /update is waiting: R1 → R2/,
      severity: "low",
    },
  ],
  unknown: [
    { name: "DescribeDomains denied", asset: domainAsset({ pendingUpdate: DENIED }) },
    {
      name: "no ServiceSoftwareOptions reported",
      asset: domainAsset({ pendingUpdate: unknown("DescribeDomains reported no ServiceSoftwareOptions") }),
    },
  ],
});
