import type { AssetBase, EncryptionAtRest } from "../asset-base.js";
import type { Known } from "../known.js";

export interface GuardrailReference {
  /** Guardrail ARN (or id, as configured). */
  id: string;
  version?: string;
}

/** An AI agent that orchestrates a model, tools and knowledge bases (Bedrock agent). */
export interface AgentAsset extends AssetBase {
  kind: "agent";
  foundationModel?: string;
  /** The guardrail applied to the agent's model calls; null when none is configured. */
  guardrail: Known<GuardrailReference | null>;
  /** Encryption of the agent's configuration and session data. */
  encryptionAtRest: Known<EncryptionAtRest>;
  /** ARNs of the knowledge bases it retrieves from (also uses-knowledge-base relations). */
  knowledgeBases: Known<string[]>;
}
