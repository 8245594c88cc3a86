import freeSku from "../../../checks/search/free-sku.js";
import localAuth from "../../../checks/search/local-auth.js";
import privateEndpoint from "../../../checks/search/private-endpoint.js";
import { unknown } from "../../../src/model/known.js";
import { azureSearchAsset } from "../../support/azure-assets.js";
import { checkTable } from "../../support/check-table.js";

const PUBLIC = { public: true, reasons: ["public network access is enabled with no IP rule"] };

checkTable(localAuth, {
  valid: [{ name: "Entra ID only", asset: azureSearchAsset() }],
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
      message: /API keys are accepted: API keys only/,
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
      message: /API keys are accepted/,
    },
  ],
  unknown: [{ name: "listing denied", asset: azureSearchAsset({ authentication: unknown("denied") }) }],
});

checkTable(privateEndpoint, {
  valid: [
    { name: "private endpoint only", asset: azureSearchAsset() },
    {
      name: "restricted to IP ranges, no private endpoint (not public)",
      asset: azureSearchAsset({
        exposure: { public: false, reasons: ["public network access is restricted to 1 IP range(s)"] },
        network: { placement: "public", privateEndpoints: 0, detail: "restricted" },
      }),
    },
    {
      name: "public but clients have a private endpoint",
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
      message: /Open to the internet with no private endpoint/,
      severity: "medium",
    },
  ],
  unknown: [
    { name: "exposure unknown", asset: azureSearchAsset({ exposure: unknown("denied") }) },
    {
      name: "private endpoints not reported",
      asset: azureSearchAsset({ exposure: PUBLIC, network: { placement: "public", detail: "" } }),
      message: /did not report private endpoints/,
    },
  ],
});

checkTable(freeSku, {
  valid: [
    { name: "standard", asset: azureSearchAsset() },
    { name: "basic", asset: azureSearchAsset({ sku: "basic" }) },
  ],
  invalid: [
    {
      name: "free",
      asset: azureSearchAsset({ sku: "free" }),
      message: /Free tier: shared infrastructure, no private endpoints, no customer-managed keys/,
      severity: "low",
    },
  ],
  unknown: [{ name: "no SKU reported", asset: azureSearchAsset({ sku: undefined }) }],
});
