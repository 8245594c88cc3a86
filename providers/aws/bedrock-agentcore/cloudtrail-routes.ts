// AgentCore control-plane calls that change what the collector reads. They are logged with eventSource
// bedrock-agentcore.amazonaws.com (the data plane's invocations share it, as data events, and are not routed);
// request and response members keep the API's own names. AgentCore has no single-resource re-read: the handler
// re-reads AgentCore in the event's region and evaluates the asset the ARN names (or the route's kinds there).
import { arnRouted, routesFor } from "../cloudtrail.js";

const SOURCE = "bedrock-agentcore.amazonaws.com";
const agentCore = (
  arnType: string,
  ids: { response: readonly string[]; request?: readonly string[]; nameKeys?: readonly string[] },
) => arnRouted("bedrock-agentcore", arnType, ids);

export const AGENTCORE_ROUTES = [
  ...routesFor(SOURCE, ["CreateAgentRuntime", "UpdateAgentRuntime"], {
    kinds: ["agent-runtime"],
    idFrom:
      "responseElements.agentRuntimeArn, else requestParameters.agentRuntimeId → arn:aws:bedrock-agentcore:REGION:ACCOUNT:runtime/ID",
    resource: agentCore("runtime", {
      response: ["agentRuntimeArn"],
      request: ["agentRuntimeId"],
      nameKeys: ["agentRuntimeName"],
    }),
  }),
  ...routesFor(SOURCE, ["CreateGateway", "UpdateGateway"], {
    kinds: ["agent-gateway"],
    idFrom:
      "responseElements.gatewayArn, else requestParameters.gatewayIdentifier → arn:aws:bedrock-agentcore:REGION:ACCOUNT:gateway/ID",
    resource: agentCore("gateway", {
      response: ["gatewayArn"],
      request: ["gatewayIdentifier"],
      nameKeys: ["name"],
    }),
  }),
  ...routesFor(SOURCE, ["CreateMemory", "UpdateMemory"], {
    kinds: ["agent-memory"],
    idFrom:
      "responseElements.memory.arn, else requestParameters.memoryId → arn:aws:bedrock-agentcore:REGION:ACCOUNT:memory/ID",
    resource: agentCore("memory", { response: ["memory", "arn"], request: ["memoryId"], nameKeys: ["name"] }),
  }),
  // Custom browsers and code interpreters cannot be updated: a changed tool is a new one.
  ...routesFor(SOURCE, ["CreateBrowser"], {
    kinds: ["agent-tool"],
    idFrom: "responseElements.browserArn; without it, every agent-tool asset in the region",
    resource: agentCore("browser-custom", { response: ["browserArn"], nameKeys: ["name"] }),
  }),
  ...routesFor(SOURCE, ["CreateCodeInterpreter"], {
    kinds: ["agent-tool"],
    idFrom: "responseElements.codeInterpreterArn; without it, every agent-tool asset in the region",
    resource: agentCore("code-interpreter-custom", { response: ["codeInterpreterArn"], nameKeys: ["name"] }),
  }),
];
