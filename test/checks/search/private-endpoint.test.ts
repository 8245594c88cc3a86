import privateEndpoint from "../../../checks/search/private-endpoint.js";
import { unknown } from "../../../src/model/known.js";
import { azureSearchAsset } from "../../support/azure-assets.js";
import { checkTable } from "../../support/check-table.js";
import { PUBLIC } from "./azure-search.fixtures.js";

checkTable(privateEndpoint, {
  valid: [
    { name: "private endpoint only", messageId: "notPublic", asset: azureSearchAsset() },
    {
      name: "restricted to IP ranges, no private endpoint (not public)",
      messageId: "notPublic",
      asset: azureSearchAsset({
        exposure: { public: false, reasons: ["public network access is restricted to 1 IP range(s)"] },
        network: { placement: "public", privateEndpoints: 0, detail: "restricted" },
      }),
    },
    {
      name: "public but clients have a private endpoint",
      messageId: "privateEndpoints",
      asset: azureSearchAsset({
        exposure: PUBLIC,
        network: { placement: "public", privateEndpoints: 2, detail: "" },
      }),
    },
  ],
  invalid: [
    {
      name: "public with no private endpoint",
      asset: azureSearchAsset({
        exposure: PUBLIC,
        network: { placement: "public", privateEndpoints: 0, detail: "" },
      }),
      messageId: "noPrivateEndpoint",
      severity: "medium",
    },
  ],
  unknown: [
    {
      name: "exposure unknown",
      messageId: "cannotTell",
      asset: azureSearchAsset({ exposure: unknown("denied") }),
    },
    {
      name: "private endpoints not reported",
      asset: azureSearchAsset({ exposure: PUBLIC, network: { placement: "public", detail: "" } }),
      messageId: "cannotTell",
      data: {
        reason: "the provider did not report private endpoints",
      },
    },
  ],
});
