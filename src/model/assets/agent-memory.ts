import type { AssetBase, EncryptionAtRest } from "../asset-base.js";
import type { Known } from "../known.js";

/** An agent memory store (Bedrock AgentCore Memory): conversation events and the long-term records drawn from them. */
export interface AgentMemoryAsset extends AssetBase {
  kind: "agent-memory";
  encryptionAtRest: Known<EncryptionAtRest>;
}
