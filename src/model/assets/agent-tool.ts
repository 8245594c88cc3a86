import type { AssetBase } from "../asset-base.js";
import type { Known } from "../known.js";
import type { AgentNetwork } from "./agent-runtime.js";

/** Whether a tool's sessions are recorded, and where. */
export interface SessionRecording {
  enabled: boolean;
  /** s3://bucket/prefix of the recordings, when enabled. */
  destination?: string;
  detail: string;
}

/**
 * A built-in agent tool the customer configured (Bedrock AgentCore custom browser or code interpreter): a sandbox
 * where an agent browses the web or runs code.
 */
export interface AgentToolAsset extends AssetBase {
  kind: "agent-tool";
  tool: "browser" | "code-interpreter";
  network: Known<AgentNetwork>;
  /** Browsers only; absent for code interpreters, which have no session recording. */
  recording?: Known<SessionRecording>;
}
