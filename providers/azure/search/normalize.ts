import type { SearchService, SharedPrivateLinkResource } from "@azure/arm-search";
import type { EncryptionAtRest, ExposureVerdict } from "../../../src/model/asset.js";
import type {
  SearchAsset,
  SearchAuthentication,
  SearchLogging,
  SearchNetwork,
  SharedPrivateLink,
} from "../../../src/model/assets/search.js";
import { classificationFromTags } from "../../../src/model/classification.js";
import { isUnknown, unknown, type Known } from "../../../src/model/known.js";
import type { InventoryRecord } from "../../../src/model/inventory.js";
import { logDestination, type DiagnosticSetting } from "../monitor/diagnostic-settings.js";
import { approvedPrivateEndpoints, privateDnsOf } from "../network/private-dns.js";
import type { AzureReplyReader } from "../replies.js";
import { SEARCH_SERVICE_TYPE, SHARED_PRIVATE_LINKS } from "./collect.js";

/** The zone *.search.windows.net resolves through from a private endpoint. */
const SEARCH_PRIVATE_DNS_ZONES = ["privatelink.search.windows.net"];

/** Azure AI Search's one resource log category ("who ran which query or changed which index, and the result"). */
const OPERATION_LOGS = ["OperationLogs"];

/**
 * One AI Search service → a search asset. Public means the data-plane endpoint admits the whole internet:
 * public network access enabled with no IP rule (requests still need an API key or an Entra ID token; Azure AI
 * Search has no anonymous access). IP rules restrict it; "disabled" leaves private endpoints only.
 */
export function normalizeSearchService(record: InventoryRecord, read: AzureReplyReader): SearchAsset {
  const service = (record.replies.Services_ListBySubscription ?? {}) as SearchService;
  const diagnostics = read<DiagnosticSetting[]>(record, "DiagnosticSettings_List");
  const tags = service.tags ?? {};
  const approved = (service.privateEndpointConnections ?? []).filter(
    (pe) => pe.properties?.privateLinkServiceConnectionState?.status === "Approved",
  ).length;
  const exposure = exposureOf(service);

  const logs = isUnknown(diagnostics) ? diagnostics : logDestination(diagnostics ?? [], OPERATION_LOGS);
  const logging: SearchLogging | typeof logs = isUnknown(logs) ? logs : { audit: logs, error: logs };

  const asset: SearchAsset = {
    id: record.resourceId,
    provider: "azure",
    account: record.account,
    region: record.region,
    kind: "search",
    type: SEARCH_SERVICE_TYPE,
    name: record.name,
    tags,
    relations: [],
    raw: record.replies,
    ...(service.sku?.name ? { sku: service.sku.name } : {}),
    exposure,
    network: network(service, exposure, approved),
    encryptionAtRest: encryption(service),
    nodeToNodeEncryption: unknown(
      "Azure AI Search does not report how traffic between its own replicas is protected (Microsoft manages that network)",
    ),
    // Documented platform behaviour: the endpoint listens on HTTPS 443 only, TLS 1.2 or later.
    transport: {
      httpsEnforced: true,
      minimumTlsVersion: "1.2",
      tlsPolicy: "Azure AI Search: HTTPS only, TLS 1.2+",
    },
    authentication: authentication(service),
    logging,
    // Replicas and partitions, not data and master nodes: the node-layout checks are AWS-only.
    cluster: unknown("Azure AI Search has replicas and partitions, not data and dedicated master nodes"),
    pendingUpdate: {
      pending: false,
      detail: "Azure AI Search is patched by Microsoft; there is no customer-applied service software update",
    },
    privateDns: privateDnsOf(
      record,
      read,
      approvedPrivateEndpoints(service.privateEndpointConnections),
      SEARCH_PRIVATE_DNS_ZONES,
    ),
    sharedPrivateLinks: sharedPrivateLinks(read<SharedPrivateLinkResource[]>(record, SHARED_PRIVATE_LINKS)),
  };
  const classification = classificationFromTags(tags);
  if (classification) asset.dataClassification = classification;
  return asset;
}

function sharedPrivateLinks(listed: Known<SharedPrivateLinkResource[] | null>): Known<SharedPrivateLink[]> {
  if (isUnknown(listed)) return listed;
  return (listed ?? []).map((link) => ({
    name: link.name ?? "",
    ...(link.properties?.privateLinkResourceId
      ? { privateLinkResourceId: link.properties.privateLinkResourceId }
      : {}),
    ...(link.properties?.groupId ? { groupId: link.properties.groupId } : {}),
    status: link.properties?.status ?? "unknown",
    ...(link.properties?.provisioningState ? { provisioningState: link.properties.provisioningState } : {}),
  }));
}

function publicNetworkAccess(service: SearchService): string {
  return (service.publicNetworkAccess ?? "enabled").toLowerCase();
}

function exposureOf(service: SearchService): ExposureVerdict {
  const access = publicNetworkAccess(service);
  if (access === "disabled")
    return { public: false, reasons: ["public network access is disabled: private endpoints only"] };
  if (access === "securedbyperimeter")
    return { public: false, reasons: ["public network access is governed by a network security perimeter"] };
  const rules = (service.networkRuleSet?.ipRules ?? []).map((r) => r.value ?? "").filter(Boolean);
  const everywhere = rules.find((r) => /^0\.0\.0\.0(\/0)?$/.test(r));
  if (rules.length === 0 || everywhere)
    return {
      public: true,
      reasons: [
        `public network access is enabled ${everywhere ? `and an IP rule admits ${everywhere}` : "with no IP rule"}: any internet address can reach the endpoint (an API key or Entra ID token is still required)`,
      ],
    };
  return {
    public: false,
    reasons: [`public network access is restricted to ${rules.length} IP range(s): ${rules.join(", ")}`],
  };
}

function network(service: SearchService, exposure: ExposureVerdict, approved: number): SearchNetwork {
  const privateOnly = publicNetworkAccess(service) !== "enabled";
  const placement = privateOnly && approved > 0 ? "private-endpoint" : "public";
  const endpoints = `${approved} approved private endpoint connection(s)`;
  return {
    placement,
    privateEndpoints: approved,
    publicNetworkAccess: publicNetworkAccess(service),
    detail: `${exposure.reasons.join("; ")}; ${endpoints}`,
  };
}

/**
 * Data is always encrypted with Microsoft-managed keys; a customer-managed key covers every object only when
 * CMK enforcement is on and the service reports compliance (objects created without one would otherwise stay
 * on Microsoft's keys).
 */
function encryption(service: SearchService): EncryptionAtRest {
  const cmk = service.encryptionWithCmk;
  if (cmk?.enforcement === "Enabled" && cmk.encryptionComplianceStatus !== "NonCompliant")
    return { enabled: true, keyManager: "customer", algorithm: "AES-256 (customer-managed keys enforced)" };
  const why =
    cmk?.enforcement === "Enabled"
      ? "CMK enforced but the service reports non-compliant objects"
      : `CMK enforcement ${cmk?.enforcement ?? "Unspecified"}`;
  return { enabled: true, keyManager: "provider", algorithm: `AES-256 (Microsoft-managed keys; ${why})` };
}

function authentication(service: SearchService): SearchAuthentication {
  const entra = service.disableLocalAuth === true || Boolean(service.authOptions?.aadOrApiKey);
  const keys = service.disableLocalAuth !== true;
  const providers = [...(keys ? ["api-key"] : []), ...(entra ? ["entra-id"] : [])];
  const detail =
    service.disableLocalAuth === true
      ? "API keys are disabled (disableLocalAuth true): Entra ID role-based access only"
      : entra
        ? "API keys and Entra ID role-based access are both accepted"
        : "API keys only (the default): whoever holds a key has full access";
  return {
    fineGrainedAccessControl: entra,
    internalUserDatabase: false,
    anonymousAuth: false,
    identityProviders: providers,
    detail,
  };
}
