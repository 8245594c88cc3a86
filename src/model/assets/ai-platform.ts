import type { AssetBase } from "../asset-base.js";
import type { Known } from "../known.js";

/** Where a platform sends its record of model invocations (prompts, responses, caller). */
export interface InvocationLogging {
  enabled: boolean;
  /** ARNs of the receiving buckets and log groups (also present as logs-to relations). */
  destinations: string[];
  /** Payload types delivered with the metadata: "text", "image", "embedding", "video", "audio". */
  dataTypes: string[];
  detail: string;
}

/** How many AI resources of each kind the platform holds in this region; unknown when a listing failed. */
export interface PlatformResourceCounts {
  guardrails: Known<number>;
  agents: Known<number>;
  customModels: Known<number>;
  knowledgeBases: Known<number>;
}

/**
 * A managed AI platform in one account and region (Amazon Bedrock): the settings that apply to every model
 * invocation there, and what the region holds.
 */
export interface AiPlatformAsset extends AssetBase {
  kind: "ai-platform";
  invocationLogging: Known<InvocationLogging>;
  resources: PlatformResourceCounts;
  /**
   * Whether the region shows any sign of use (logging configured, a resource listed). Unknown when a read failed
   * and nothing else showed use: such a platform is not counted as an AI asset, and it keeps "no AI assets here"
   * unknown. Absent means in use.
   */
  inUse?: Known<boolean>;
}
