// Builders for the AI platform asset kinds (Bedrock): plain objects, hardened by default.
import type { AgentAsset } from "../../src/model/assets/agent.js";
import type { AiPlatformAsset } from "../../src/model/assets/ai-platform.js";
import type { CustomModelAsset } from "../../src/model/assets/custom-model.js";
import type { GuardrailAsset } from "../../src/model/assets/guardrail.js";
import type { KnowledgeBaseAsset } from "../../src/model/assets/knowledge-base.js";

const ACCOUNT = "111122223333";
const REGION = "us-east-1";
const arn = (resource: string) => `arn:aws:bedrock:${REGION}:${ACCOUNT}:${resource}`;
const base = { provider: "aws" as const, account: ACCOUNT, region: REGION, tags: {}, relations: [], raw: {} };

export const CMK = `arn:aws:kms:${REGION}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;

export function platformAsset(overrides: Partial<AiPlatformAsset> = {}): AiPlatformAsset {
  return {
    ...base,
    id: arn("platform"),
    kind: "ai-platform",
    type: "aws.bedrock.platform",
    name: `bedrock/${REGION}`,
    invocationLogging: {
      enabled: true,
      destinations: ["arn:aws:s3:::invocation-logs"],
      dataTypes: ["text"],
      detail: "invocations are logged to S3 s3://invocation-logs/ (with text payloads)",
    },
    resources: { guardrails: 1, agents: 1, customModels: 1, knowledgeBases: 1 },
    ...overrides,
  };
}

export function guardrailAsset(overrides: Partial<GuardrailAsset> = {}): GuardrailAsset {
  return {
    ...base,
    id: arn("guardrail/abcdefghijkl"),
    kind: "guardrail",
    type: "aws.bedrock.guardrail",
    name: "guardrail",
    version: "DRAFT",
    status: "READY",
    contentFilters: [
      {
        category: "PROMPT_ATTACK",
        inputStrength: "HIGH",
        outputStrength: "NONE",
        inputEnabled: true,
        inputBlocks: true,
      },
      {
        category: "HATE",
        inputStrength: "HIGH",
        outputStrength: "HIGH",
        inputEnabled: true,
        inputBlocks: true,
      },
    ],
    encryptionAtRest: { enabled: true, keyManager: "customer", algorithm: "aws:kms", keyId: CMK },
    ...overrides,
  };
}

export function customModelAsset(overrides: Partial<CustomModelAsset> = {}): CustomModelAsset {
  return {
    ...base,
    id: arn("custom-model/amazon.titan-text-express-v1/abcdefghijkl"),
    kind: "custom-model",
    type: "aws.bedrock.custom-model",
    name: "custom-model",
    encryptionAtRest: { enabled: true, keyManager: "customer", algorithm: "aws:kms", keyId: CMK },
    ...overrides,
  };
}

export function agentAsset(overrides: Partial<AgentAsset> = {}): AgentAsset {
  return {
    ...base,
    id: arn("agent/ABCDEFGHIJ"),
    kind: "agent",
    type: "aws.bedrock.agent",
    name: "agent",
    guardrail: { id: arn("guardrail/abcdefghijkl"), version: "1" },
    encryptionAtRest: { enabled: true, keyManager: "customer", algorithm: "aws:kms", keyId: CMK },
    knowledgeBases: [],
    ...overrides,
  };
}

export function knowledgeBaseAsset(overrides: Partial<KnowledgeBaseAsset> = {}): KnowledgeBaseAsset {
  return {
    ...base,
    id: arn("knowledge-base/ABCDEFGHIJ"),
    kind: "knowledge-base",
    type: "aws.bedrock.knowledge-base",
    name: "knowledge-base",
    vectorStore: {
      type: "OPENSEARCH_SERVERLESS",
      target: `arn:aws:aoss:${REGION}:${ACCOUNT}:collection/abc`,
    },
    dataSources: [],
    ...overrides,
  };
}
