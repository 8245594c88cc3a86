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
    { name: "private endpoints only", asset: aiServiceAsset() },
    {
      name: "enabled but default-deny with a narrow IP rule",
      asset: aiServiceAsset({ exposure: RESTRICTED }),
    },
  ],
  invalid: [
    {
      name: "enabled with default Allow",
      asset: aiServiceAsset({ exposure: PUBLIC }),
      message: /OpenAI account open to the internet: .*default action is Allow/,
      severity: "high",
    },
    {
      name: "a phi-tagged account is raised to critical",
      asset: aiServiceAsset({ exposure: PUBLIC, dataClassification: "phi" }),
      message: /open to the internet/,
      severity: "critical",
    },
  ],
  unknown: [{ name: "the account could not be read", asset: aiServiceAsset({ exposure: LISTED_DENIED }) }],
});

checkTable(localAuth, {
  valid: [{ name: "Entra ID only", asset: aiServiceAsset() }],
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
      message: /Account keys are accepted: disableLocalAuth not set/,
      severity: "medium",
    },
  ],
  unknown: [{ name: "unreadable", asset: aiServiceAsset({ authentication: LISTED_DENIED }) }],
});

checkTable(customerManagedKey, {
  valid: [{ name: "Key Vault key", asset: aiServiceAsset() }],
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
      message: /Encrypted only with AES-256 \(Microsoft-managed keys\)/,
      severity: "low",
    },
  ],
  unknown: [{ name: "unreadable", asset: aiServiceAsset({ encryptionAtRest: LISTED_DENIED }) }],
});

checkTable(contentFilter, {
  valid: [
    { name: "every deployment filtered", asset: aiServiceAsset() },
    {
      name: "a kind without deployments",
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
      message: /1 of 2 deployment\(s\) name no content filter: raw \(gpt-4o-mini\)/,
      severity: "medium",
    },
  ],
  unknown: [
    { name: "deployments could not be listed", asset: aiServiceAsset({ deployments: ACCOUNTS_DENIED }) },
  ],
});

checkTable(privateEndpoint, {
  valid: [
    { name: "not public", asset: aiServiceAsset({ exposure: RESTRICTED }) },
    {
      name: "public but with a private endpoint",
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
      message: /no private endpoint/,
      severity: "low",
    },
  ],
  unknown: [{ name: "unreadable", asset: aiServiceAsset({ network: LISTED_DENIED }) }],
});
