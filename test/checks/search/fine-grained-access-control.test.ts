import fgac from "../../../checks/search/fine-grained-access-control.js";
import { checkTable } from "../../support/check-table.js";
import { DENIED, domainAsset } from "./opensearch-assets.js";
import { auth } from "./access-control.fixtures.js";

checkTable(fgac, {
  valid: [{ name: "FGAC on with IAM and SAML", messageId: "on", asset: domainAsset() }],
  invalid: [
    {
      name: "FGAC off",
      asset: domainAsset({ authentication: auth({ fineGrainedAccessControl: false }) }),
      messageId: "off",
      severity: "medium",
    },
    {
      name: "FGAC in its anonymous migration period",
      asset: domainAsset({ authentication: auth({ anonymousAuth: true }) }),
      messageId: "anonymous",
      data: { detail: "fine-grained access control on" },
    },
  ],
  unknown: [
    {
      name: "DescribeDomains denied",
      messageId: "cannotTell",
      asset: domainAsset({ authentication: DENIED }),
    },
  ],
});
