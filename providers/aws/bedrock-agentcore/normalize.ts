import type { Asset, AssetBase, AssetKind } from "../../../src/model/asset.js";
import type { AgentNetwork, InboundAuth } from "../../../src/model/assets/agent-runtime.js";
import type { SessionRecording } from "../../../src/model/assets/agent-tool.js";
import type { InventoryRecord } from "../../../src/model/inventory.js";
import { isUnknown, unknown, type Known } from "../../../src/model/known.js";
import { describedKeyEncryption } from "../kms/key-manager.js";
import type { ReplyReader } from "../replies.js";
import { AGENTCORE_TYPES } from "./names.js";

interface VpcConfig {
  subnets?: string[];
  securityGroups?: string[];
}

interface NetworkReply {
  networkMode?: string;
  /** Runtimes name it networkModeConfig; browsers and code interpreters vpcConfig. */
  networkModeConfig?: VpcConfig;
  vpcConfig?: VpcConfig;
}

interface Reply {
  networkConfiguration?: NetworkReply;
  authorizerType?: string;
  authorizerConfiguration?: { customJWTAuthorizer?: { discoveryUrl?: string } };
  kmsKeyArn?: string;
  encryptionKeyArn?: string;
  recording?: { enabled?: boolean; s3Location?: { bucket?: string; prefix?: string } };
}

function base<K extends AssetKind>(record: InventoryRecord, kind: K): AssetBase & { kind: K } {
  return {
    id: record.resourceId,
    provider: "aws",
    account: record.account,
    region: record.region,
    kind,
    type: record.resourceType,
    name: record.name,
    // AgentCore tags are not read; no classification is claimed.
    tags: {},
    relations: [],
    raw: record.replies,
  };
}

/** The Get reply, or unknown (a null body is unknown too). */
function detail(record: InventoryRecord, read: ReplyReader, operation: string): Known<Reply> {
  const reply = read<Reply>(record, operation);
  return reply === null ? unknown(`${operation} returned nothing`) : reply;
}

function network(reply: Known<Reply>): Known<AgentNetwork> {
  if (isUnknown(reply)) return reply;
  const config = reply.networkConfiguration;
  const mode = config?.networkMode;
  if (!mode) return unknown("the reply named no network mode");
  const vpc = config.networkModeConfig ?? config.vpcConfig;
  const subnetIds = vpc?.subnets ?? [];
  const securityGroupIds = vpc?.securityGroups ?? [];
  if (mode === "VPC")
    return {
      mode: "vpc",
      subnetIds,
      securityGroupIds,
      detail: `VPC network mode, subnets ${subnetIds.join(", ") || "none reported"}`,
    };
  if (mode === "PUBLIC")
    return { mode: "public", subnetIds, securityGroupIds, detail: "PUBLIC network mode (internet access)" };
  if (mode === "SANDBOX")
    return {
      mode: "sandbox",
      subnetIds,
      securityGroupIds,
      detail: "SANDBOX network mode (the service's restricted network, outside your VPC)",
    };
  return unknown(`network mode ${mode} is not one aiposture knows`);
}

// AWS_IAM: SigV4; CUSTOM_JWT: a JWT authorizer; NONE: any caller that can reach the endpoint. A runtime with no
// authorizerConfiguration is invoked with SigV4 (IAM) only.
function gatewayAuth(reply: Known<Reply>): Known<InboundAuth> {
  if (isUnknown(reply)) return reply;
  const type = reply.authorizerType;
  if (type === "AWS_IAM") return { type: "iam", detail: "AWS_IAM authorizer (SigV4)" };
  if (type === "CUSTOM_JWT") return { type: "jwt", detail: `CUSTOM_JWT authorizer (${jwtIssuer(reply)})` };
  if (type === "NONE") return { type: "none", detail: "authorizer type NONE: no inbound authorization" };
  if (type === "AUTHENTICATE_ONLY")
    return {
      type: "authenticate-only",
      detail: "AUTHENTICATE_ONLY: callers are authenticated, not authorized",
    };
  return unknown(
    type ? `authorizer type ${type} is not one aiposture knows` : "the reply named no authorizer type",
  );
}

function runtimeAuth(reply: Known<Reply>): Known<InboundAuth> {
  if (isUnknown(reply)) return reply;
  return reply.authorizerConfiguration?.customJWTAuthorizer
    ? { type: "jwt", detail: `custom JWT authorizer (${jwtIssuer(reply)})` }
    : { type: "iam", detail: "no JWT authorizer: invocations need SigV4 (IAM)" };
}

function jwtIssuer(reply: Reply): string {
  return `discovery URL ${reply.authorizerConfiguration?.customJWTAuthorizer?.discoveryUrl ?? "not reported"}`;
}

function recording(reply: Known<Reply>): Known<SessionRecording> {
  if (isUnknown(reply)) return reply;
  const config = reply.recording;
  const bucket = config?.s3Location?.bucket;
  if (config?.enabled === true && bucket) {
    const destination = `s3://${bucket}/${config.s3Location?.prefix ?? ""}`;
    return { enabled: true, destination, detail: `sessions recorded to ${destination}` };
  }
  if (config?.enabled === true)
    return { enabled: false, detail: "recording is enabled but names no S3 location" };
  return { enabled: false, detail: "session recording is off" };
}

type Normalizer = (record: InventoryRecord, ctx: { read: ReplyReader }) => Asset | undefined;

export const AGENTCORE_NORMALIZERS: Record<string, Normalizer> = {
  [AGENTCORE_TYPES.runtime]: (record, { read }) => {
    const reply = detail(record, read, "GetAgentRuntime");
    return { ...base(record, "agent-runtime"), network: network(reply), inboundAuth: runtimeAuth(reply) };
  },
  [AGENTCORE_TYPES.gateway]: (record, { read }) => {
    const reply = detail(record, read, "GetGateway");
    return {
      ...base(record, "agent-gateway"),
      inboundAuth: gatewayAuth(reply),
      encryptionAtRest: isUnknown(reply) ? reply : describedKeyEncryption(record, read, reply.kmsKeyArn),
    };
  },
  [AGENTCORE_TYPES.memory]: (record, { read }) => {
    const reply = detail(record, read, "GetMemory");
    return {
      ...base(record, "agent-memory"),
      encryptionAtRest: isUnknown(reply)
        ? reply
        : describedKeyEncryption(record, read, reply.encryptionKeyArn),
    };
  },
  [AGENTCORE_TYPES.browser]: (record, { read }) => {
    const reply = detail(record, read, "GetBrowser");
    return {
      ...base(record, "agent-tool"),
      tool: "browser",
      network: network(reply),
      recording: recording(reply),
    };
  },
  [AGENTCORE_TYPES.codeInterpreter]: (record, { read }) => {
    const reply = detail(record, read, "GetCodeInterpreter");
    return { ...base(record, "agent-tool"), tool: "code-interpreter", network: network(reply) };
  },
};
