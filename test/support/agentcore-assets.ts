// Builders for the Bedrock AgentCore asset kinds (hardened by default), and raw records for rows that go
// through the real normalizer (key ownership, network mode, authorizer).
import type { AgentGatewayAsset } from "../../src/model/assets/agent-gateway.js";
import type { AgentMemoryAsset } from "../../src/model/assets/agent-memory.js";
import type { AgentRuntimeAsset } from "../../src/model/assets/agent-runtime.js";
import type { AgentToolAsset } from "../../src/model/assets/agent-tool.js";
import type { Asset } from "../../src/model/asset.js";
import type { InventoryRecord } from "../../src/model/inventory.js";
import { unknown } from "../../src/model/known.js";
import { awsProvider } from "../../providers/aws/index.js";
import { AGENTCORE_TYPES } from "../../providers/aws/bedrock-agentcore/names.js";
import { fromRecord } from "./from-record.js";

const ACCOUNT = "111122223333";
const REGION = "us-east-1";
const arn = (resource: string) => `arn:aws:bedrock-agentcore:${REGION}:${ACCOUNT}:${resource}`;
const base = { provider: "aws" as const, account: ACCOUNT, region: REGION, tags: {}, relations: [], raw: {} };

export const AGENTCORE_CMK = `arn:aws:kms:${REGION}:${ACCOUNT}:key/0f0e0d0c-1111-2222-3333-agentcorecmk`;
export const DENIED = unknown("GetGateway failed: AccessDeniedException");
const VPC = {
  mode: "vpc" as const,
  subnetIds: ["subnet-1"],
  securityGroupIds: ["sg-1"],
  detail: "VPC network mode, subnets subnet-1",
};

export function runtimeAsset(overrides: Partial<AgentRuntimeAsset> = {}): AgentRuntimeAsset {
  return {
    ...base,
    id: arn("runtime/agent-AbCdEfGhIj"),
    kind: "agent-runtime",
    type: AGENTCORE_TYPES.runtime,
    name: "agent",
    network: VPC,
    inboundAuth: { type: "iam", detail: "no JWT authorizer: invocations need SigV4 (IAM)" },
    ...overrides,
  };
}

export function gatewayAsset(overrides: Partial<AgentGatewayAsset> = {}): AgentGatewayAsset {
  return {
    ...base,
    id: arn("gateway/tools-abcdefghij"),
    kind: "agent-gateway",
    type: AGENTCORE_TYPES.gateway,
    name: "tools",
    inboundAuth: {
      type: "jwt",
      detail: "CUSTOM_JWT authorizer (discovery URL https://idp.example/.well-known)",
    },
    encryptionAtRest: { enabled: true, keyManager: "customer", algorithm: "aws:kms", keyId: AGENTCORE_CMK },
    ...overrides,
  };
}

export function memoryAsset(overrides: Partial<AgentMemoryAsset> = {}): AgentMemoryAsset {
  return {
    ...base,
    id: arn("memory/notes-AbCdEfGhIj"),
    kind: "agent-memory",
    type: AGENTCORE_TYPES.memory,
    name: "notes",
    encryptionAtRest: { enabled: true, keyManager: "customer", algorithm: "aws:kms", keyId: AGENTCORE_CMK },
    ...overrides,
  };
}

export function browserAsset(overrides: Partial<AgentToolAsset> = {}): AgentToolAsset {
  return {
    ...base,
    id: arn("browser-custom/web-AbCdEfGhIj"),
    kind: "agent-tool",
    type: AGENTCORE_TYPES.browser,
    name: "web",
    tool: "browser",
    network: VPC,
    recording: {
      enabled: true,
      destination: "s3://recordings/web/",
      detail: "sessions recorded to s3://recordings/web/",
    },
    ...overrides,
  };
}

export function codeInterpreterAsset(overrides: Partial<AgentToolAsset> = {}): AgentToolAsset {
  return {
    ...base,
    id: arn("code-interpreter-custom/py-AbCdEfGhIj"),
    kind: "agent-tool",
    type: AGENTCORE_TYPES.codeInterpreter,
    name: "py",
    tool: "code-interpreter",
    network: VPC,
    ...overrides,
  };
}

/** An AgentCore record as the collector stores it: the listing's summary, the Get reply, KMS's answer. */
export function agentCoreRecord(
  resourceType: string,
  replies: Record<string, unknown>,
  name = "raw",
): InventoryRecord {
  return {
    provider: "aws",
    account: ACCOUNT,
    region: REGION,
    service: "bedrock-agentcore-control",
    resourceType,
    resourceId: arn(`${resourceType.split(".").pop()}/${name}-AbCdEfGhIj`),
    name,
    replies,
  };
}

export function fromAgentCore(resourceType: string, replies: Record<string, unknown>): Asset {
  return fromRecord(awsProvider, agentCoreRecord(resourceType, replies));
}

export const KMS_CUSTOMER = { KeyId: "k", Arn: AGENTCORE_CMK, KeyManager: "CUSTOMER" };
export const KMS_AWS = {
  KeyId: "a",
  Arn: `arn:aws:kms:${REGION}:${ACCOUNT}:key/aws-managed`,
  KeyManager: "AWS",
};
