import type { AssetBase } from "../asset-base.js";
import type { Known } from "../known.js";

/** Where an agent host's sessions run on the network (AgentCore networkMode). */
export interface AgentNetwork {
  /** "vpc": in the customer's subnets; "public": on the internet; "sandbox": the service's restricted network. */
  mode: "vpc" | "public" | "sandbox";
  subnetIds: string[];
  securityGroupIds: string[];
  detail: string;
}

/** How callers are authenticated before a request reaches the agent or tool. */
export interface InboundAuth {
  /** "iam": SigV4; "jwt": a custom JWT authorizer; "none": anyone who can reach the endpoint. */
  type: "iam" | "jwt" | "none" | "authenticate-only";
  detail: string;
}

/** A hosted agent runtime (Bedrock AgentCore Runtime): the container that runs an agent's code. */
export interface AgentRuntimeAsset extends AssetBase {
  kind: "agent-runtime";
  network: Known<AgentNetwork>;
  inboundAuth: Known<InboundAuth>;
}
