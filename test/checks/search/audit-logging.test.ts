import audit from "../../../checks/search/audit-logging.js";
import { checkTable } from "../../support/check-table.js";
import { DENIED, domainAsset } from "./opensearch-assets.js";
import { on, off } from "./logging-and-updates.fixtures.js";

checkTable(audit, {
  valid: [
    { name: "audit logs published", messageId: "publishedTo", asset: domainAsset() },
    {
      name: "published, destination not reported",
      asset: domainAsset({ logging: { audit: { enabled: true }, error: on } }),
      messageId: "published",
    },
  ],
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
