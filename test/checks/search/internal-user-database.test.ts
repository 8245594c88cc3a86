import internalUsers from "../../../checks/search/internal-user-database.js";
import { checkTable } from "../../support/check-table.js";
import { DENIED, domainAsset } from "./opensearch-assets.js";
import { auth } from "./access-control.fixtures.js";

checkTable(internalUsers, {
  valid: [
    { name: "IAM and SAML", messageId: "identityProviders", asset: domainAsset() },
    {
      name: "no FGAC: no internal users either",
      messageId: "noFineGrainedAccessControl",
      asset: domainAsset({ authentication: auth({ fineGrainedAccessControl: false }) }),
    },
  ],
  invalid: [
    {
      name: "internal user database",
      asset: domainAsset({
        authentication: auth({ internalUserDatabase: true, identityProviders: ["iam", "internal-users"] }),
      }),
      messageId: "internalUsers",
      severity: "low",
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
