import errors from "../../../checks/search/error-logging.js";
import { checkTable } from "../../support/check-table.js";
import { DENIED, domainAsset } from "./opensearch-assets.js";
import { on, off } from "./logging-and-updates.fixtures.js";

checkTable(errors, {
  valid: [
    { name: "error logs published", messageId: "publishedTo", asset: domainAsset() },
    {
      name: "published, destination not reported",
      asset: domainAsset({ logging: { error: { enabled: true }, audit: on } }),
      messageId: "published",
    },
  ],
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
