import fgac from "../../../checks/search/fine-grained-access-control.js";
import internalUsers from "../../../checks/search/internal-user-database.js";
import type { SearchAuthentication } from "../../../src/model/assets/search.js";
import { checkTable } from "../../support/check-table.js";
import { DENIED, domainAsset } from "./opensearch-assets.js";

const auth = (over: Partial<SearchAuthentication>): SearchAuthentication => ({
  fineGrainedAccessControl: true,
  internalUserDatabase: false,
  anonymousAuth: false,
  identityProviders: ["iam"],
  detail: "fine-grained access control on",
  ...over,
});

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
