import publicAccess from "../../../checks/search/public-access.js";
import { unknown } from "../../../src/model/known.js";
import { azureSearchAsset } from "../../support/azure-assets.js";
import { checkTable } from "../../support/check-table.js";
import { PUBLIC, API_KEYS_ONLY } from "./azure-search.fixtures.js";

checkTable(publicAccess, {
  valid: [{ name: "private endpoint only", messageId: "notPublic", asset: azureSearchAsset() }],
  invalid: [
    {
      name: "open to the internet with API keys",
      asset: azureSearchAsset({ exposure: PUBLIC, authentication: API_KEYS_ONLY }),
      messageId: "publicBehindSignIn",
      data: {
        routes: ["public network access is enabled with no IP rule"],
        gate: "only an API key or an Entra ID token stands in the way",
      },
      severity: "high",
    },
    {
      name: "open to the internet, confidential data",
      asset: azureSearchAsset({
        exposure: PUBLIC,
        authentication: API_KEYS_ONLY,
        dataClassification: "confidential",
      }),
      messageId: "publicBehindSignIn",
      data: {
        routes: ["public network access is enabled with no IP rule"],
        gate: "only an API key or an Entra ID token stands in the way",
      },
      severity: "critical",
    },
  ],
  unknown: [
    {
      name: "listing denied",
      messageId: "cannotTell",
      asset: azureSearchAsset({ exposure: unknown("denied") }),
    },
  ],
});
