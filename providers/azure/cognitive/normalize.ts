import type { Account, Deployment, RaiPolicy } from "@azure/arm-cognitiveservices";
import type { EncryptionAtRest, ExposureVerdict } from "../../../src/model/asset.js";
import type {
  AiServiceAsset,
  AiServiceAuthentication,
  AiServiceDeployment,
  AiServiceNetwork,
  ContentFilterPolicy,
  DiagnosticLogging,
  ManagedIdentity,
  OutboundRestriction,
} from "../../../src/model/assets/ai-service.js";
import { classificationFromTags } from "../../../src/model/classification.js";
import { isUnknown, type Known } from "../../../src/model/known.js";
import type { InventoryRecord } from "../../../src/model/inventory.js";
import {
  DIAGNOSTIC_SETTINGS,
  logDestination,
  type DiagnosticSetting,
} from "../monitor/diagnostic-settings.js";
import { approvedPrivateEndpoints, privateDnsOf } from "../network/private-dns.js";
import type { AzureReplyReader } from "../replies.js";
import { COGNITIVE_ACCOUNT_TYPE, hasDeployments } from "./collect.js";

const EVERYWHERE = /^0\.0\.0\.0(\/0)?$/;

/**
 * One Azure OpenAI / AI Services account → an ai-service asset. Public means the endpoint admits any internet
 * address: public network access enabled and a firewall default of Allow (or an IP rule of 0.0.0.0/0). An
 * account that is "Enabled" but default-deny admits only its IP and virtual network rules: restricted.
 */
export function normalizeCognitiveAccount(record: InventoryRecord, read: AzureReplyReader): AiServiceAsset {
  const account = (record.replies.Accounts_List ?? {}) as Account;
  const props = account.properties ?? {};
  const tags = account.tags ?? {};
  const approved = (props.privateEndpointConnections ?? []).filter(
    (pe) => pe.properties?.privateLinkServiceConnectionState?.status === "Approved",
  ).length;
  const exposure = exposureOf(account);
  const asset: AiServiceAsset = {
    id: record.resourceId,
    provider: "azure",
    account: record.account,
    region: record.region,
    kind: "ai-service",
    type: COGNITIVE_ACCOUNT_TYPE,
    name: record.name,
    tags,
    relations: [],
    raw: record.replies,
    serviceKind: account.kind ?? "unknown",
    ...(account.sku?.name ? { sku: account.sku.name } : {}),
    ...(props.endpoint ? { endpoint: props.endpoint } : {}),
    exposure,
    network: network(account, exposure, approved),
    authentication: authentication(account),
    encryptionAtRest: encryption(account),
    deployments: deployments(record, account, read),
    contentFilters: contentFilters(record, account, read),
    diagnosticLogs: diagnosticLogs(read<DiagnosticSetting[]>(record, DIAGNOSTIC_SETTINGS)),
    identity: identity(account),
    outbound: outbound(account),
    customerStorage: customerStorage(account),
    privateDns: privateDnsOf(
      record,
      read,
      approvedPrivateEndpoints(props.privateEndpointConnections),
      privateDnsZones(account.kind),
    ),
  };
  const classification = classificationFromTags(tags);
  if (classification) asset.dataClassification = classification;
  return asset;
}

/**
 * The privatelink zones an account's host names resolve through ("Azure AI services: private endpoint DNS"):
 * OpenAI accounts answer on *.openai.azure.com, AI Services accounts on that and *.cognitiveservices.azure.com,
 * every other kind on *.cognitiveservices.azure.com.
 */
export function privateDnsZones(kind: string | undefined): string[] {
  const k = (kind ?? "").toLowerCase();
  if (k === "openai") return ["privatelink.openai.azure.com"];
  if (k === "aiservices") return ["privatelink.cognitiveservices.azure.com", "privatelink.openai.azure.com"];
  return ["privatelink.cognitiveservices.azure.com"];
}

function publicAccessDisabled(account: Account): boolean {
  return (account.properties?.publicNetworkAccess ?? "Enabled").toLowerCase() === "disabled";
}

export function exposureOf(account: Account): ExposureVerdict {
  if (publicAccessDisabled(account))
    return { public: false, reasons: ["public network access is disabled: private endpoints only"] };
  const acls = account.properties?.networkAcls;
  const ipRules = (acls?.ipRules ?? []).map((r) => r.value).filter((v): v is string => Boolean(v));
  const vnetRules = (acls?.virtualNetworkRules ?? []).length;
  const everywhere = ipRules.find((r) => EVERYWHERE.test(r));
  // No networkAcls means no firewall: ARM's default action is Allow.
  const action = acls?.defaultAction ?? "Allow";
  if (action === "Allow")
    return {
      public: true,
      reasons: [
        `public network access is enabled and the firewall's default action is Allow${acls ? "" : " (no networkAcls)"}: any internet address can reach the endpoint (a key or Entra ID token is still required)`,
      ],
    };
  if (everywhere)
    return {
      public: true,
      reasons: [`the firewall denies by default but IP rule ${everywhere} admits every internet address`],
    };
  return {
    public: false,
    reasons: [
      `public network access is enabled but the firewall denies by default, admitting ${ipRules.length} IP rule(s)${ipRules.length ? ` (${ipRules.join(", ")})` : ""} and ${vnetRules} virtual network rule(s)`,
    ],
  };
}

function network(account: Account, exposure: ExposureVerdict, approved: number): AiServiceNetwork {
  const placement = publicAccessDisabled(account)
    ? "private-endpoint"
    : exposure.public
      ? "public"
      : "restricted";
  return {
    placement,
    privateEndpoints: approved,
    detail: `${exposure.reasons.join("; ")}; ${approved} approved private endpoint connection(s)`,
  };
}

function authentication(account: Account): AiServiceAuthentication {
  const disabled = account.properties?.disableLocalAuth === true;
  return {
    localAuth: !disabled,
    methods: disabled ? ["entra-id"] : ["api-key", "entra-id"],
    detail: disabled
      ? "account keys are disabled (disableLocalAuth true): Entra ID only"
      : `account keys are accepted (disableLocalAuth ${account.properties?.disableLocalAuth ?? "not set"}): whoever holds a key can call every deployment`,
  };
}

/** keySource Microsoft.KeyVault is a customer-managed key; Microsoft.CognitiveServices (or unset) Microsoft's. */
function encryption(account: Account): EncryptionAtRest {
  const enc = account.properties?.encryption;
  if ((enc?.keySource ?? "").toLowerCase() === "microsoft.keyvault") {
    const kv = enc?.keyVaultProperties;
    const keyId =
      kv?.keyVaultUri && kv.keyName ? `${kv.keyVaultUri.replace(/\/$/, "")}/keys/${kv.keyName}` : undefined;
    return {
      enabled: true,
      keyManager: "customer",
      algorithm: "AES-256 (customer-managed key in Key Vault)",
      ...(keyId ? { keyId } : {}),
    };
  }
  return { enabled: true, keyManager: "provider", algorithm: "AES-256 (Microsoft-managed keys)" };
}

function deployments(
  record: InventoryRecord,
  account: Account,
  read: AzureReplyReader,
): Known<AiServiceDeployment[]> {
  if (!hasDeployments(account.kind)) return [];
  const listed = read<Deployment[]>(record, "Deployments_List");
  if (isUnknown(listed)) return listed;
  return (listed ?? []).map((d) => {
    const model = d.properties?.model;
    const filter = d.properties?.raiPolicyName;
    return {
      name: d.name ?? "",
      ...(model?.name ? { model: model.name } : {}),
      ...(model?.version ? { modelVersion: model.version } : {}),
      ...(model?.format ? { modelFormat: model.format } : {}),
      ...(model?.publisher ? { modelPublisher: model.publisher } : {}),
      ...(filter ? { contentFilter: filter } : {}),
    };
  });
}

/** Audit (who called with which identity) and request/response logs; "audit" and "allLogs" groups hold them. */
const AUDIT_CATEGORIES = ["Audit", "RequestResponse"];

export function diagnosticLogs(settings: Known<DiagnosticSetting[] | null>): Known<DiagnosticLogging> {
  if (isUnknown(settings)) return settings;
  const found = logDestination(settings ?? [], AUDIT_CATEGORIES);
  return found.enabled
    ? { ...found, logAnalytics: /\/microsoft\.operationalinsights\/workspaces\//i.test(found.target ?? "") }
    : found;
}

function identity(account: Account): ManagedIdentity {
  const type = account.identity?.type ?? "None";
  const userAssigned = Object.keys(account.identity?.userAssignedIdentities ?? {}).length;
  return {
    type,
    userAssigned,
    detail:
      type === "None"
        ? "no managed identity: the account cannot reach Key Vault, storage or AI Search with Entra ID"
        : `managed identity ${type}${userAssigned ? ` (${userAssigned} user-assigned)` : ""}`,
  };
}

function outbound(account: Account): OutboundRestriction {
  const restricted = account.properties?.restrictOutboundNetworkAccess === true;
  const allowedFqdns = account.properties?.allowedFqdnList ?? [];
  return {
    restricted,
    allowedFqdns,
    detail: restricted
      ? `restrictOutboundNetworkAccess true: the account calls out only to ${allowedFqdns.length ? allowedFqdns.join(", ") : "no host"}`
      : 'restrictOutboundNetworkAccess is not true: the account (e.g. "on your data", tools) may call any host',
  };
}

function customerStorage(account: Account): { accounts: string[]; detail: string } {
  const accounts = (account.properties?.userOwnedStorage ?? [])
    .map((s) => s.resourceId)
    .filter((id): id is string => Boolean(id));
  return {
    accounts,
    detail: accounts.length
      ? `userOwnedStorage: ${accounts.join(", ")}`
      : "no userOwnedStorage: the account keeps its data in Microsoft-managed storage",
  };
}

/**
 * Microsoft's built-in content filters, as "Content filtering" in the Azure OpenAI documentation describes them:
 * both block the four harm categories at medium severity on prompts and completions; DefaultV2 adds the prompt
 * shield for jailbreaks. They may be absent from the RAI policy list, so they are known by name.
 */
const BUILT_IN: Record<string, { jailbreakShield: boolean }> = {
  "microsoft.default": { jailbreakShield: false },
  "microsoft.defaultv2": { jailbreakShield: true },
};

function contentFilters(
  record: InventoryRecord,
  account: Account,
  read: AzureReplyReader,
): Known<ContentFilterPolicy[]> {
  if (!hasDeployments(account.kind)) return [];
  const listed = read<RaiPolicy[]>(record, "RaiPolicies_List");
  if (isUnknown(listed)) return listed;
  const policies = (listed ?? []).map(filterPolicy);
  for (const [name, builtIn] of Object.entries(BUILT_IN))
    if (!policies.some((p) => p.name.toLowerCase() === name))
      policies.push({
        name: name === "microsoft.default" ? "Microsoft.Default" : "Microsoft.DefaultV2",
        mode: "Blocking",
        notBlocking: [],
        jailbreakShield: builtIn.jailbreakShield,
        builtIn: true,
      });
  return policies;
}

function filterPolicy(policy: RaiPolicy): ContentFilterPolicy {
  const props = policy.properties ?? {};
  const filters = props.contentFilters ?? [];
  const name = policy.name ?? "";
  return {
    name,
    mode: props.mode ?? "Default",
    notBlocking: filters
      .filter((f) => f.enabled !== true || f.blocking !== true)
      .map((f) => `${f.name ?? "?"} (${f.source ?? "?"}${f.enabled === true ? ", annotate only" : ", off"})`),
    jailbreakShield: filters.some(
      (f) => /jailbreak/i.test(f.name ?? "") && f.enabled === true && f.blocking === true,
    ),
    builtIn: name.toLowerCase() in BUILT_IN,
  };
}
