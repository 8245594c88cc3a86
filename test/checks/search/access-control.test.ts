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
  valid: [{ name: "FGAC on with IAM and SAML", asset: domainAsset() }],
  invalid: [
    {
      name: "FGAC off",
      asset: domainAsset({ authentication: auth({ fineGrainedAccessControl: false }) }),
      message: /Fine-grained access control is off/,
      severity: "medium",
    },
    {
      name: "FGAC in its anonymous migration period",
      asset: domainAsset({ authentication: auth({ anonymousAuth: true }) }),
      message: /serves anonymous requests/,
    },
  ],
  unknown: [{ name: "DescribeDomains denied", asset: domainAsset({ authentication: DENIED }) }],
});

checkTable(internalUsers, {
  valid: [
    { name: "IAM and SAML", asset: domainAsset() },
    {
      name: "no FGAC: no internal users either",
      asset: domainAsset({ authentication: auth({ fineGrainedAccessControl: false }) }),
    },
  ],
  invalid: [
    {
      name: "internal user database",
      asset: domainAsset({
        authentication: auth({ internalUserDatabase: true, identityProviders: ["iam", "internal-users"] }),
      }),
      message: /internal user database/,
      severity: "low",
    },
  ],
  unknown: [{ name: "DescribeDomains denied", asset: domainAsset({ authentication: DENIED }) }],
});
