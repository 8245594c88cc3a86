// Bedrock calls that change what the collector reads. Every Bedrock API (the bedrock and bedrock-agent
// endpoints alike) is logged with eventSource bedrock.amazonaws.com; request and response members keep the
// API's own names. Bedrock has no single-resource re-read, so the handler re-reads Bedrock in the event's
// region and evaluates the asset the ARN names (or, failing a match, the route's kinds in that region).
import { arnRouted, routesFor } from "../cloudtrail.js";

const SOURCE = "bedrock.amazonaws.com";
const bedrock = (
  arnType: string,
  ids: { response: readonly string[]; request?: readonly string[]; nameKeys?: readonly string[] },
) => arnRouted("bedrock", arnType, ids);

export const BEDROCK_ROUTES = [
  ...routesFor(
    SOURCE,
    ["PutModelInvocationLoggingConfiguration", "DeleteModelInvocationLoggingConfiguration"],
    {
      kinds: ["ai-platform"],
      // Invocation logging is a per-account, per-region setting: the region's Bedrock platform asset.
      idFrom: "the event's account and region: Bedrock's account-level settings there",
      resource: () => ({}),
    },
  ),
  ...routesFor(SOURCE, ["CreateAgent", "UpdateAgent"], {
    kinds: ["agent"],
    idFrom:
      "responseElements.agent.agentArn, else requestParameters.agentId → arn:aws:bedrock:REGION:ACCOUNT:agent/ID",
    resource: bedrock("agent", {
      response: ["agent", "agentArn"],
      request: ["agentId"],
      nameKeys: ["agentName"],
    }),
  }),
  // The agent's knowledge bases are part of its asset (ListAgentKnowledgeBases).
  ...routesFor(
    SOURCE,
    ["AssociateAgentKnowledgeBase", "DisassociateAgentKnowledgeBase", "UpdateAgentKnowledgeBase"],
    {
      kinds: ["agent"],
      idFrom: "requestParameters.agentId → arn:aws:bedrock:REGION:ACCOUNT:agent/ID",
      resource: bedrock("agent", { response: [], request: ["agentId"] }),
    },
  ),
  ...routesFor(SOURCE, ["CreateKnowledgeBase", "UpdateKnowledgeBase"], {
    kinds: ["knowledge-base"],
    idFrom:
      "responseElements.knowledgeBase.knowledgeBaseArn, else requestParameters.knowledgeBaseId → arn:aws:bedrock:REGION:ACCOUNT:knowledge-base/ID",
    resource: bedrock("knowledge-base", {
      response: ["knowledgeBase", "knowledgeBaseArn"],
      request: ["knowledgeBaseId"],
      nameKeys: ["name"],
    }),
  }),
  // A data source is read as part of its knowledge base (ListDataSources, GetDataSource).
  ...routesFor(SOURCE, ["CreateDataSource", "UpdateDataSource"], {
    kinds: ["knowledge-base"],
    idFrom: "requestParameters.knowledgeBaseId → arn:aws:bedrock:REGION:ACCOUNT:knowledge-base/ID",
    resource: bedrock("knowledge-base", { response: [], request: ["knowledgeBaseId"] }),
  }),
  ...routesFor(SOURCE, ["CreateGuardrail", "UpdateGuardrail"], {
    kinds: ["guardrail"],
    idFrom:
      "responseElements.guardrailArn, else requestParameters.guardrailIdentifier (id or ARN) → arn:aws:bedrock:REGION:ACCOUNT:guardrail/ID",
    resource: bedrock("guardrail", {
      response: ["guardrailArn"],
      request: ["guardrailIdentifier"],
      nameKeys: ["name"],
    }),
  }),
  // Flows are `agent` assets (a flow's model nodes are judged as agents are).
  ...routesFor(SOURCE, ["CreateFlow", "UpdateFlow"], {
    kinds: ["agent"],
    idFrom:
      "responseElements.arn, else requestParameters.flowIdentifier (id or ARN) → arn:aws:bedrock:REGION:ACCOUNT:flow/ID",
    resource: bedrock("flow", { response: ["arn"], request: ["flowIdentifier"], nameKeys: ["name"] }),
  }),
  ...routesFor(SOURCE, ["CreatePrompt", "UpdatePrompt"], {
    kinds: ["prompt"],
    idFrom:
      "responseElements.arn, else requestParameters.promptIdentifier (id or ARN) → arn:aws:bedrock:REGION:ACCOUNT:prompt/ID",
    resource: bedrock("prompt", { response: ["arn"], request: ["promptIdentifier"], nameKeys: ["name"] }),
  }),
  ...routesFor(SOURCE, ["CreateModelInvocationJob"], {
    kinds: ["inference-job"],
    idFrom:
      "responseElements.jobArn; without it, every inference-job asset in the region (the job id is minted by Bedrock)",
    resource: bedrock("model-invocation-job", { response: ["jobArn"], nameKeys: ["jobName"] }),
  }),
];
