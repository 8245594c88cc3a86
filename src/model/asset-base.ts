import type { Known } from "./known.js";
import type { ProviderId } from "./inventory.js";

// Assets are normalized resources. What is common across clouds is a typed property; what is specific stays
// in `raw` (the provider's replies) for evidence and for checks that need a provider detail.

export type AssetKind =
  | "account"
  | "storage"
  | "access-point"
  | "search"
  | "search-serverless"
  | "model-endpoint"
  | "model"
  | "model-artifact"
  | "container-image"
  | "notebook"
  | "training-job"
  | "ml-workspace"
  | "ml-job"
  | "feature-store"
  | "model-package-group"
  | "ai-service"
  | "ai-platform"
  | "guardrail"
  | "custom-model"
  | "agent"
  | "agent-runtime"
  | "agent-gateway"
  | "agent-memory"
  | "agent-tool"
  | "prompt"
  | "inference-job"
  | "inference-experiment"
  | "knowledge-base"
  | "threat-detection";

export interface Relation {
  /** e.g. "serves-model", "reads-training-data-from", "stores-artifacts-in", "logs-to". */
  type: string;
  /** ARN or ARM id of the related asset, or of a resource outside the inventory (an S3 URI's bucket ARN). */
  target: string;
  detail?: string;
}

export interface AssetBase {
  /** ARN or ARM id. */
  id: string;
  provider: ProviderId;
  account: string;
  region: string;
  kind: AssetKind;
  /** Dotted resource type, e.g. "aws.s3.bucket". */
  type: string;
  name: string;
  tags: Known<Record<string, string>>;
  /** Value of the data-classification tag convention (see README), lower-cased, when present. */
  dataClassification?: string;
  /** What a sensitive-data discovery service (Amazon Macie) says about the data in it; absent where none applies. */
  dataDiscovery?: Known<DataDiscovery>;
  relations: Relation[];
  /**
   * Relation types whose source read failed, with the reason: their absence from `relations` says nothing, so a
   * check following them must be unknown (relationsOf in relations.ts).
   */
  unreadRelations?: Partial<Record<string, string>>;
  raw: Record<string, unknown>;
}

/** A region's sensitive-data discovery (Amazon Macie) and what it found in one store. */
export interface DataDiscovery {
  service: string;
  /** The discovery service is on in the store's region and account. */
  enabled: boolean;
  /** Automated discovery samples every store continuously (Macie automated sensitive data discovery). */
  automatedDiscovery: Known<boolean>;
  /** The store's sensitivity score (Macie: -1 error, 1–49 not sensitive, 50 not yet analysed, 51–100 sensitive). */
  score?: number;
}

/** Whether the public (anyone, or any authenticated cloud user) can do something, and why. */
export interface ExposureVerdict {
  public: boolean;
  reasons: string[];
}

/** Resource-level public access prevention: S3 bucket Block Public Access, Azure allowBlobPublicAccess=false. */
export interface PublicAccessPrevention {
  enforced: boolean;
  settings: Record<string, boolean>;
  detail: string;
}

export interface EncryptionAtRest {
  enabled: boolean;
  /** "customer": a customer-managed key (KMS CMK, Key Vault); "provider": a key the cloud manages. */
  keyManager: "customer" | "provider" | "none";
  algorithm?: string;
  keyId?: string;
}
