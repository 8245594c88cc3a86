import type { AssetBase, EncryptionAtRest } from "../asset-base.js";
import type { Known } from "../known.js";

/** A model a customer fine-tuned or continued-pretrained on a managed platform (Bedrock custom model). */
export interface CustomModelAsset extends AssetBase {
  kind: "custom-model";
  /** Base model ARN/id it was customized from, when known. */
  baseModel?: string;
  /** The weights encode the training data: who holds their key matters as much as for the data itself. */
  encryptionAtRest: Known<EncryptionAtRest>;
}
