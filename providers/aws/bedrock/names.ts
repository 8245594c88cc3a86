// Names shared by the Bedrock collector, normalizer and tests.

export const BEDROCK_CLIENT = "bedrock";
export const BEDROCK_AGENT_CLIENT = "bedrock-agent";

export const BEDROCK_TYPES = {
  platform: "aws.bedrock.platform",
  customModel: "aws.bedrock.custom-model",
  guardrail: "aws.bedrock.guardrail",
  agent: "aws.bedrock.agent",
  knowledgeBase: "aws.bedrock.knowledge-base",
  flow: "aws.bedrock.flow",
  prompt: "aws.bedrock.prompt",
  invocationJob: "aws.bedrock.model-invocation-job",
} as const;

/** Name of a region's platform record; region-wide reads name it as their resource in error entries. */
export function platformName(region: string): string {
  return `bedrock/${region}`;
}

/** No real ARN exists for "Bedrock in this account and region"; this one is stable and reads as what it is. */
export function platformId(partition: string, region: string, account: string): string {
  return `arn:${partition}:bedrock:${region}:${account}:platform`;
}
