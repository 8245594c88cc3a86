import type { AssetBase, EncryptionAtRest } from "../asset-base.js";
import type { Known } from "../known.js";

/** A managed prompt template (Bedrock Prompt management): system instructions and model settings, versioned. */
export interface PromptAsset extends AssetBase {
  kind: "prompt";
  encryptionAtRest: Known<EncryptionAtRest>;
}
