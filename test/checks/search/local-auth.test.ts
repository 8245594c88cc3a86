import localAuth from "../../../checks/search/local-auth.js";
import { unknown } from "../../../src/model/known.js";
import { azureSearchAsset } from "../../support/azure-assets.js";
import { checkTable } from "../../support/check-table.js";

checkTable(localAuth, {
  valid: [{ name: "Entra ID only", messageId: "noApiKeys", asset: azureSearchAsset() }],
  invalid: [
    {
      name: "API keys only (the default)",
      asset: azureSearchAsset({
        authentication: {
          fineGrainedAccessControl: false,
          internalUserDatabase: false,
          anonymousAuth: false,
          identityProviders: ["api-key"],
          detail: "API keys only (the default)",
        },
      }),
      messageId: "apiKeys",
      data: { detail: "API keys only (the default)" },
      severity: "medium",
    },
    {
      name: "API keys beside Entra ID",
      asset: azureSearchAsset({
        authentication: {
          fineGrainedAccessControl: true,
          internalUserDatabase: false,
          anonymousAuth: false,
          identityProviders: ["api-key", "entra-id"],
          detail: "API keys and Entra ID role-based access are both accepted",
        },
      }),
      messageId: "apiKeys",
      data: { detail: "API keys and Entra ID role-based access are both accepted" },
    },
  ],
  unknown: [
    {
      name: "listing denied",
      messageId: "cannotTell",
      asset: azureSearchAsset({ authentication: unknown("denied") }),
    },
  ],
});
