import type { AwsOperation } from "../operation.js";
import { AGENTCORE_CLIENT } from "./names.js";

const read = (operation: string, why: string, alwaysReturns?: string): AwsOperation => ({
  client: AGENTCORE_CLIENT,
  operation,
  iamAction: `bedrock-agentcore:${operation}`,
  why,
  ...(alwaysReturns ? { alwaysReturns } : {}),
});

export const AGENTCORE_OPERATIONS: readonly AwsOperation[] = [
  read("ListAgentRuntimes", "enumerate AgentCore runtimes per region", "agentRuntimes"),
  read("GetAgentRuntime", "runtime network mode (PUBLIC or VPC) and inbound authorizer", "agentRuntimeArn"),
  read("ListGateways", "enumerate AgentCore gateways per region", "items"),
  read("GetGateway", "gateway inbound authorizer type and KMS key", "gatewayArn"),
  read("ListMemories", "enumerate AgentCore memories per region", "memories"),
  read("GetMemory", "memory KMS key", "memory"),
  read("ListBrowsers", "enumerate custom AgentCore browsers per region", "browserSummaries"),
  read("GetBrowser", "browser network mode and session recording", "browserArn"),
  read(
    "ListCodeInterpreters",
    "enumerate custom AgentCore code interpreters per region",
    "codeInterpreterSummaries",
  ),
  read("GetCodeInterpreter", "code interpreter network mode (PUBLIC, SANDBOX or VPC)", "codeInterpreterArn"),
];
