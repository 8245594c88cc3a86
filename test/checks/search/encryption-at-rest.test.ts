import atRest from "../../../checks/search/encryption-at-rest.js";
import { checkTable } from "../../support/check-table.js";
import { DENIED, domainAsset } from "./opensearch-assets.js";
import { awsManaged, unencrypted } from "./encryption.fixtures.js";

checkTable(atRest, {
  valid: [
    { name: "customer managed key", messageId: "encrypted", asset: domainAsset() },
    { name: "AWS managed key is still encryption", messageId: "encrypted", asset: awsManaged },
  ],
  invalid: [{ name: "not encrypted", asset: unencrypted, messageId: "notEncrypted", severity: "high" }],
  unknown: [
    {
      name: "DescribeDomains denied",
      asset: domainAsset({ encryptionAtRest: DENIED }),
      messageId: "cannotTell",
      data: { reason: "DescribeDomains failed: AccessDeniedException" },
    },
  ],
});
