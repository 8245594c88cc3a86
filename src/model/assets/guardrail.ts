import type { AssetBase, EncryptionAtRest } from "../asset-base.js";
import type { Known } from "../known.js";

export type FilterStrength = "NONE" | "LOW" | "MEDIUM" | "HIGH";

/** One content filter (Bedrock contentPolicy filter, Azure content filter / prompt shield). */
export interface ContentFilter {
  /** Provider's category, upper case: "PROMPT_ATTACK", "HATE", "VIOLENCE", … */
  category: string;
  inputStrength: FilterStrength | string;
  outputStrength: FilterStrength | string;
  /** Whether prompts are evaluated at all (Bedrock inputEnabled, default true). */
  inputEnabled: boolean;
  /** Whether a detection blocks the prompt (Bedrock inputAction BLOCK, the default) or is only reported (NONE). */
  inputBlocks: boolean;
}

/** A safety policy applied to model input and output (Bedrock guardrail, Azure content filter policy). */
export interface GuardrailAsset extends AssetBase {
  kind: "guardrail";
  /** Which version the properties describe (Bedrock: the working DRAFT, which ListGuardrails returns). */
  version: string;
  status: string;
  contentFilters: Known<ContentFilter[]>;
  encryptionAtRest: Known<EncryptionAtRest>;
}
