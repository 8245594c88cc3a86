// A hosted AI service account: Azure OpenAI / Azure AI Services (Microsoft.CognitiveServices accounts).
import type { AssetBase, EncryptionAtRest, ExposureVerdict } from "../asset-base.js";
import type { Known } from "../known.js";
import type { PrivateDns } from "./private-dns.js";

/** A model deployment on the account and the content filter (RAI policy) applied to it. */
export interface AiServiceDeployment {
  name: string;
  model?: string;
  modelVersion?: string;
  /** The model's format (OpenAI, Meta, Mistral AI, …) and publisher, as the deployment names them. */
  modelFormat?: string;
  modelPublisher?: string;
  /** Name of the content filter / RAI policy (raiPolicyName); undefined when the deployment names none. */
  contentFilter?: string;
}

/** What a content filter (RAI policy) does, as the account's RAI policies describe it. */
export interface ContentFilterPolicy {
  name: string;
  /** "Default", "Blocking", "Deferred", "Asynchronous_filter": the last two let content through and flag it later. */
  mode: string;
  /** Filters (harm categories, prompt shields) that are off or only annotate, by "name (source)". */
  notBlocking: string[];
  /** A prompt shield for jailbreaks is enabled and blocking. */
  jailbreakShield: boolean;
  /** Microsoft's built-in policy (Microsoft.Default / Microsoft.DefaultV2), described by its documentation. */
  builtIn: boolean;
}

/** A log destination for a resource's diagnostic settings. */
export interface DiagnosticLogging {
  enabled: boolean;
  /** ARM id of the destination (Log Analytics workspace, storage account, event hub rule). */
  target?: string;
  setting?: string;
  /** The destination is a Log Analytics workspace, where logs can be queried and alerted on. */
  logAnalytics?: boolean;
}

export interface ManagedIdentity {
  /** "None", "SystemAssigned", "UserAssigned", "SystemAssigned, UserAssigned". */
  type: string;
  userAssigned: number;
  detail: string;
}

export interface OutboundRestriction {
  /** restrictOutboundNetworkAccess: the account calls out only to allowedFqdnList. */
  restricted: boolean;
  allowedFqdns: string[];
  detail: string;
}

export interface AiServiceNetwork {
  /** "private-endpoint": public network access disabled; "restricted": firewall default-deny; "public": open. */
  placement: "public" | "restricted" | "private-endpoint";
  /** Approved private endpoint connections. */
  privateEndpoints: number;
  detail: string;
}

export interface AiServiceAuthentication {
  /** Account keys (shared secrets) are accepted (disableLocalAuth not true). */
  localAuth: boolean;
  /** "api-key", "entra-id". */
  methods: string[];
  detail: string;
}

export interface AiServiceAsset extends AssetBase {
  kind: "ai-service";
  /** The account's kind: "OpenAI", "AIServices", "TextAnalytics", … */
  serviceKind: string;
  sku?: string;
  endpoint?: string;
  /** The endpoint admits any internet address (credentials are still required). */
  exposure: Known<ExposureVerdict>;
  network: Known<AiServiceNetwork>;
  authentication: Known<AiServiceAuthentication>;
  encryptionAtRest: Known<EncryptionAtRest>;
  /** Model deployments (OpenAI / AIServices); [] for kinds without deployments. */
  deployments: Known<AiServiceDeployment[]>;
  /** The account's content filters (RAI policies) by name. */
  contentFilters: Known<ContentFilterPolicy[]>;
  /** Audit and request logs sent by diagnostic settings. */
  diagnosticLogs: Known<DiagnosticLogging>;
  identity: Known<ManagedIdentity>;
  outbound: Known<OutboundRestriction>;
  /** Storage accounts the customer brings for the account's data (userOwnedStorage). */
  customerStorage: Known<{ accounts: string[]; detail: string }>;
  /** Which private DNS zones resolve the account's private endpoints; absent where not read. */
  privateDns?: Known<PrivateDns>;
}
