// A managed search cluster: Amazon OpenSearch Service domain (OpenSearch or legacy Elasticsearch engine), and
// later Azure AI Search. What the clouds share is typed here; engine specifics stay in `raw`.
import type { AssetBase, EncryptionAtRest, ExposureVerdict } from "../asset-base.js";
import type { Known } from "../known.js";
import type { PrivateDns } from "./private-dns.js";

/** Where the cluster's endpoint lives: a private network (VPC, private endpoint) or the public internet. */
export interface SearchNetwork {
  placement: "vpc" | "private-endpoint" | "public";
  /** VPC / virtual network id, when placed in one. */
  networkId?: string;
  subnetIds?: string[];
  securityGroupIds?: string[];
  /** Approved private endpoint connections (Azure Private Link); absent where the provider has none. */
  privateEndpoints?: number;
  /** Azure publicNetworkAccess as set ("enabled", "disabled", "securedbyperimeter"); absent where there is none. */
  publicNetworkAccess?: string;
  detail: string;
}

export interface SearchTransport {
  /** Plain-HTTP requests are refused. */
  httpsEnforced: boolean;
  /** Lowest TLS version the endpoint accepts ("1.0", "1.2"); undefined when the service did not report it. */
  minimumTlsVersion?: string;
  /** The provider's own name for the TLS setting, e.g. "Policy-Min-TLS-1-2-PFS-2023-10". */
  tlsPolicy?: string;
}

export interface SearchAuthentication {
  /** Per-index/document access control inside the engine (OpenSearch fine-grained access control, Azure RBAC). */
  fineGrainedAccessControl: boolean;
  /** Users and passwords kept inside the cluster (HTTP basic auth) instead of the cloud identity provider. */
  internalUserDatabase: boolean;
  /** Requests without credentials are served (OpenSearch AnonymousAuthEnabled during FGAC migration). */
  anonymousAuth: boolean;
  /** Identity sources in use: "iam", "saml", "jwt", "cognito", "identity-center", "entra-id", "api-key". */
  identityProviders: string[];
  detail: string;
}

export interface SearchLogDestination {
  enabled: boolean;
  /** Log group ARN / workspace id. */
  destination?: string;
}

export interface SearchLogging {
  /** Who did what: OpenSearch AUDIT_LOGS, Azure diagnostic "OperationLogs". */
  audit: SearchLogDestination;
  /** Engine errors: OpenSearch ES_APPLICATION_LOGS. */
  error: SearchLogDestination;
}

export interface SearchPendingUpdate {
  /** A service software (security) update is waiting to be applied. */
  pending: boolean;
  status?: string;
  currentVersion?: string;
  newVersion?: string;
  /** When the provider will apply it on its own, if scheduled (ISO 8601). */
  automatedUpdateDate?: string;
  detail: string;
}

/** How the cluster's nodes are laid out, as far as availability depends on it. Absent fields were not reported. */
export interface SearchCluster {
  /** Data nodes (OpenSearch ClusterConfig.InstanceCount). */
  dataNodes?: number;
  /** Shards and replicas spread across Availability Zones. */
  zoneAwareness?: boolean;
  availabilityZones?: number;
  /** Cluster management moved to nodes that hold no data. */
  dedicatedMaster?: boolean;
  dedicatedMasterCount?: number;
  detail: string;
}

export interface SearchAsset extends AssetBase {
  kind: "search";
  /** "OpenSearch_2.13", "Elasticsearch_7.10", … */
  engineVersion?: string;
  /** Pricing tier where it limits security features (Azure AI Search "free" has no private link or CMK). */
  sku?: string;
  /** Anyone on the internet can send requests to the data plane. */
  exposure: Known<ExposureVerdict>;
  network: Known<SearchNetwork>;
  encryptionAtRest: Known<EncryptionAtRest>;
  /** Traffic between the cluster's own nodes is encrypted. */
  nodeToNodeEncryption: Known<{ enabled: boolean }>;
  transport: Known<SearchTransport>;
  authentication: Known<SearchAuthentication>;
  logging: Known<SearchLogging>;
  pendingUpdate: Known<SearchPendingUpdate>;
  cluster: Known<SearchCluster>;
  /** Azure: which private DNS zones resolve the service's private endpoints. */
  privateDns?: Known<PrivateDns>;
  /** Azure: shared private links the service uses to reach data sources privately (indexers, skills). */
  sharedPrivateLinks?: Known<SharedPrivateLink[]>;
}

/** An outbound private endpoint Azure AI Search manages for its indexers (sharedPrivateLinkResources). */
export interface SharedPrivateLink {
  name: string;
  /** ARM id of the resource it reaches (storage account, Cosmos DB, Azure OpenAI, …). */
  privateLinkResourceId?: string;
  groupId?: string;
  /** "Pending", "Approved", "Rejected", "Disconnected". */
  status: string;
  /** "Succeeded", "Failed", "Updating", "Deleting", "Incomplete". */
  provisioningState?: string;
}
