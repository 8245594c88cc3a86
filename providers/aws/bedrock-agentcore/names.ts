// Names shared by the AgentCore collector, normalizer, emulator and tests.

export const AGENTCORE_CLIENT = "bedrock-agentcore-control";

export const AGENTCORE_TYPES = {
  runtime: "aws.bedrock-agentcore.runtime",
  gateway: "aws.bedrock-agentcore.gateway",
  memory: "aws.bedrock-agentcore.memory",
  browser: "aws.bedrock-agentcore.browser",
  codeInterpreter: "aws.bedrock-agentcore.code-interpreter",
} as const;

/** The largest page the AgentCore control plane's list operations accept (maxResults 1–100). */
export const AGENTCORE_PAGE_SIZE = 100;
