import n2n from "../../../checks/search/node-to-node-encryption.js";
import { checkTable } from "../../support/check-table.js";
import { DENIED, domainAsset } from "./opensearch-assets.js";

checkTable(n2n, {
  valid: [{ name: "node-to-node on", messageId: "encrypted", asset: domainAsset() }],
  invalid: [
    {
      name: "node-to-node off",
      asset: domainAsset({ nodeToNodeEncryption: { enabled: false } }),
      messageId: "notEncrypted",
      severity: "medium",
    },
  ],
  unknown: [
    {
      name: "DescribeDomains denied",
      messageId: "cannotTell",
      asset: domainAsset({ nodeToNodeEncryption: DENIED }),
    },
  ],
});
