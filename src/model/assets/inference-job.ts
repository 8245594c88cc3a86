import type { AssetBase, EncryptionAtRest } from "../asset-base.js";
import type { Known } from "../known.js";

/** A batch inference job (Bedrock model invocation job): model input read from, and output written to, storage. */
export interface InferenceJobAsset extends AssetBase {
  kind: "inference-job";
  modelId?: string;
  status?: string;
  /** Encryption of the job's output (its S3 output key). */
  outputEncryption: Known<EncryptionAtRest>;
}
