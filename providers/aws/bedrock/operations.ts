import type { AwsOperation } from "../operation.js";

export const BEDROCK_OPERATIONS: readonly AwsOperation[] = [
  {
    client: "bedrock",
    operation: "GetModelInvocationLoggingConfiguration",
    iamAction: "bedrock:GetModelInvocationLoggingConfiguration",
    why: "where a region's model invocations (prompts, responses) are logged",
  },
  {
    client: "bedrock",
    operation: "ListCustomModels",
    iamAction: "bedrock:ListCustomModels",
    why: "enumerate custom (fine-tuned) models per region",
  },
  {
    client: "bedrock",
    operation: "GetCustomModel",
    iamAction: "bedrock:GetCustomModel",
    why: "custom model KMS key, base model, training data and output locations",
  },
  {
    client: "bedrock",
    operation: "ListGuardrails",
    iamAction: "bedrock:ListGuardrails",
    why: "enumerate guardrails per region",
  },
  {
    client: "bedrock",
    operation: "GetGuardrail",
    iamAction: "bedrock:GetGuardrail",
    why: "guardrail content filters (prompt attack strength) and KMS key",
  },
  {
    client: "bedrock",
    operation: "ListTagsForResource",
    iamAction: "bedrock:ListTagsForResource",
    why: "data-classification tags of custom models and guardrails",
  },
  {
    client: "bedrock-agent",
    operation: "ListAgents",
    iamAction: "bedrock:ListAgents",
    why: "enumerate agents per region",
  },
  {
    client: "bedrock-agent",
    operation: "GetAgent",
    iamAction: "bedrock:GetAgent",
    why: "agent guardrail, KMS key and foundation model",
  },
  {
    client: "bedrock-agent",
    operation: "ListAgentKnowledgeBases",
    iamAction: "bedrock:ListAgentKnowledgeBases",
    why: "knowledge bases an agent retrieves from (AI bill of materials)",
  },
  {
    client: "bedrock-agent",
    operation: "ListKnowledgeBases",
    iamAction: "bedrock:ListKnowledgeBases",
    why: "enumerate knowledge bases per region",
  },
  {
    client: "bedrock-agent",
    operation: "GetKnowledgeBase",
    iamAction: "bedrock:GetKnowledgeBase",
    why: "knowledge base vector store and embedding model",
  },
  {
    client: "bedrock-agent",
    operation: "ListDataSources",
    iamAction: "bedrock:ListDataSources",
    why: "enumerate a knowledge base's data sources",
  },
  {
    client: "bedrock-agent",
    operation: "GetDataSource",
    iamAction: "bedrock:GetDataSource",
    why: "data source bucket and data deletion policy",
  },
  {
    client: "bedrock-agent",
    operation: "ListTagsForResource",
    iamAction: "bedrock:ListTagsForResource",
    why: "data-classification tags of agents and knowledge bases",
  },
];
