import contentFilter from "../../../checks/ai-service/content-filter.js";
import customerManagedKey from "../../../checks/ai-service/customer-managed-key.js";
import localAuth from "../../../checks/ai-service/local-auth.js";
import privateEndpoint from "../../../checks/ai-service/private-endpoint.js";
import publicNetwork from "../../../checks/ai-service/public-network.js";
import { unknown } from "../../../src/model/known.js";
import { ACCOUNTS_DENIED, aiServiceAsset } from "../../support/azure-ai-assets.js";
import { checkTable } from "../../support/check-table.js";

const PUBLIC = {
  public: true,
  reasons: ["public network access is enabled and the firewall's default action is Allow"],
};
const RESTRICTED = {
  public: false,
  reasons: ["public network access is enabled but the firewall denies by default, admitting 1 IP rule(s)"],
};
const LISTED_DENIED = unknown("Accounts_List failed: AuthorizationFailed");

checkTable(publicNetwork, {
  valid: [
    { name: "private endpoints only", messageId: "notPublic", asset: aiServiceAsset() },
    {
      name: "enabled but default-deny with a narrow IP rule",
      messageId: "notPublic",
      asset: aiServiceAsset({ exposure: RESTRICTED }),
    },
  ],
  invalid: [
    {
      name: "enabled with default Allow",
      asset: aiServiceAsset({ exposure: PUBLIC }),
      messageId: "public",
      data: {
        serviceKind: "OpenAI",
        reasons: ["public network access is enabled and the firewall's default action is Allow"],
      },
      severity: "high",
    },
    {
      name: "a phi-tagged account is raised to critical",
      asset: aiServiceAsset({ exposure: PUBLIC, dataClassification: "phi" }),
      messageId: "public",
      data: {
        serviceKind: "OpenAI",
        reasons: ["public network access is enabled and the firewall's default action is Allow"],
      },
      severity: "critical",
    },
  ],
  unknown: [
    {
      name: "the account could not be read",
      messageId: "cannotTell",
      asset: aiServiceAsset({ exposure: LISTED_DENIED }),
    },
  ],
});

checkTable(localAuth, {
  valid: [{ name: "Entra ID only", messageId: "entraOnly", asset: aiServiceAsset() }],
  invalid: [
    {
      name: "keys accepted",
      asset: aiServiceAsset({
        authentication: {
          localAuth: true,
          methods: ["api-key", "entra-id"],
          detail: "disableLocalAuth not set",
        },
      }),
      messageId: "keysAccepted",
      data: { detail: "disableLocalAuth not set" },
      severity: "medium",
    },
  ],
  unknown: [
    { name: "unreadable", messageId: "cannotTell", asset: aiServiceAsset({ authentication: LISTED_DENIED }) },
  ],
});

checkTable(customerManagedKey, {
  valid: [{ name: "Key Vault key", messageId: "customerKey", asset: aiServiceAsset() }],
  invalid: [
    {
      name: "Microsoft-managed key",
      asset: aiServiceAsset({
        encryptionAtRest: {
          enabled: true,
          keyManager: "provider",
          algorithm: "AES-256 (Microsoft-managed keys)",
        },
      }),
      messageId: "providerKey",
      data: { algorithm: "AES-256 (Microsoft-managed keys)" },
      severity: "low",
    },
  ],
  unknown: [
    {
      name: "unreadable",
      messageId: "cannotTell",
      asset: aiServiceAsset({ encryptionAtRest: LISTED_DENIED }),
    },
  ],
});

checkTable(contentFilter, {
  valid: [
    { name: "every deployment filtered", messageId: "filtered", asset: aiServiceAsset() },
    {
      name: "a kind without deployments",
      messageId: "noDeployments",
      asset: aiServiceAsset({ serviceKind: "SpeechServices", deployments: [] }),
    },
  ],
  invalid: [
    {
      name: "one deployment with no RAI policy",
      asset: aiServiceAsset({
        deployments: [
          { name: "gpt-4o", model: "gpt-4o", contentFilter: "Microsoft.DefaultV2" },
          { name: "raw", model: "gpt-4o-mini" },
        ],
      }),
      messageId: "unfiltered",
      data: { unfiltered: 1, total: 2, names: "raw (gpt-4o-mini)" },
      severity: "medium",
    },
  ],
  unknown: [
    {
      name: "deployments could not be listed",
      messageId: "cannotTell",
      asset: aiServiceAsset({ deployments: ACCOUNTS_DENIED }),
    },
  ],
});

checkTable(privateEndpoint, {
  valid: [
    { name: "not public", messageId: "notPublic", asset: aiServiceAsset({ exposure: RESTRICTED }) },
    {
      name: "public but with a private endpoint",
      messageId: "privateEndpoints",
      asset: aiServiceAsset({
        exposure: PUBLIC,
        network: { placement: "public", privateEndpoints: 1, detail: "1 approved" },
      }),
    },
  ],
  invalid: [
    {
      name: "public with no private endpoint",
      asset: aiServiceAsset({
        exposure: PUBLIC,
        network: { placement: "public", privateEndpoints: 0, detail: "0 approved" },
      }),
      messageId: "noPrivateEndpoint",
      severity: "low",
    },
  ],
  unknown: [
    { name: "unreadable", messageId: "cannotTell", asset: aiServiceAsset({ network: LISTED_DENIED }) },
  ],
});
