import type { AssetBase, EncryptionAtRest } from "../asset-base.js";
import type { Known } from "../known.js";
import type { InboundAuth } from "./agent-runtime.js";

/** A tool gateway for agents (Bedrock AgentCore Gateway): an MCP endpoint in front of APIs and functions. */
export interface AgentGatewayAsset extends AssetBase {
  kind: "agent-gateway";
  inboundAuth: Known<InboundAuth>;
  encryptionAtRest: Known<EncryptionAtRest>;
}
