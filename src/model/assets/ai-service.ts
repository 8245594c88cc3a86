// A hosted AI service account: Azure OpenAI / Azure AI Services (Microsoft.CognitiveServices accounts).
import type { AssetBase, EncryptionAtRest, ExposureVerdict } from "../asset-base.js";
import type { Known } from "../known.js";

/** A model deployment on the account and the content filter (RAI policy) applied to it. */
export interface AiServiceDeployment {
  name: string;
  model?: string;
  modelVersion?: string;
  /** Name of the content filter / RAI policy (raiPolicyName); undefined when the deployment names none. */
  contentFilter?: string;
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
}
