import customerManagedKey from "../../../checks/search/customer-managed-key.js";
import freeSku from "../../../checks/search/free-sku.js";
import localAuth from "../../../checks/search/local-auth.js";
import privateEndpoint from "../../../checks/search/private-endpoint.js";
import publicAccess from "../../../checks/search/public-access.js";
import { unknown } from "../../../src/model/known.js";
import { azureSearchAsset } from "../../support/azure-assets.js";
import { checkTable } from "../../support/check-table.js";

const PUBLIC = { public: true, reasons: ["public network access is enabled with no IP rule"] };

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

checkTable(freeSku, {
  valid: [
    { name: "standard", messageId: "paid", asset: azureSearchAsset() },
    { name: "basic", messageId: "paid", asset: azureSearchAsset({ sku: "basic" }) },
  ],
  invalid: [
    {
      name: "free",
      asset: azureSearchAsset({ sku: "free" }),
      messageId: "free",
      severity: "low",
    },
  ],
  unknown: [
    { name: "no SKU reported", messageId: "cannotTell", asset: azureSearchAsset({ sku: undefined }) },
  ],
});

// Shared checks, read for Azure: a public AI Search endpoint still needs an API key or an Entra ID token.
const API_KEYS_ONLY = {
  fineGrainedAccessControl: false,
  internalUserDatabase: false,
  anonymousAuth: false,
  identityProviders: ["api-key"],
  detail: "API keys only (the default)",
};

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

checkTable(customerManagedKey, {
  valid: [{ name: "CMK enforced and compliant", messageId: "customerKeyUnnamed", asset: azureSearchAsset() }],
  invalid: [
    {
      name: "CMK enforcement unspecified",
      asset: azureSearchAsset({
        encryptionAtRest: {
          enabled: true,
          keyManager: "provider",
          algorithm: "AES-256 (Microsoft-managed keys; CMK enforcement Unspecified)",
        },
      }),
      messageId: "microsoftKey",
      data: { algorithm: "AES-256 (Microsoft-managed keys; CMK enforcement Unspecified)" },
      severity: "low",
    },
  ],
  unknown: [
    {
      name: "listing denied",
      messageId: "cannotTell",
      asset: azureSearchAsset({ encryptionAtRest: unknown("denied") }),
    },
  ],
});
