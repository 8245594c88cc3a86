import check from "../../../checks/ai-platform/invocation-logging.js";
import { unknown } from "../../../src/model/known.js";
import { platformAsset } from "../../support/bedrock-assets.js";
import { checkTable } from "../../support/check-table.js";

const off = {
  enabled: false,
  destinations: [],
  dataTypes: [],
  detail: "model invocation logging is not configured",
};
const empty = { guardrails: 0, agents: 0, customModels: 0, knowledgeBases: 0 };
const denied = unknown("ListAgents failed: AccessDeniedException");

checkTable(check, {
  valid: [
    { name: "logged to S3", messageId: "logging", asset: platformAsset() },
    {
      name: "logged even though a listing failed",
      messageId: "logging",
      asset: platformAsset({ resources: { ...empty, agents: denied } }),
    },
    {
      name: "off where nothing exists",
      messageId: "notInUse",
      asset: platformAsset({ invocationLogging: off, resources: empty }),
    },
  ],
  invalid: [
    {
      name: "off in a region with agents and a knowledge base",
      asset: platformAsset({ invocationLogging: off, resources: { ...empty, agents: 2, knowledgeBases: 1 } }),
      messageId: "notLogging",
      data: { inUse: "2 agents, 1 knowledge base" },
      severity: "medium",
    },
    {
      name: "off with a custom model, though agents could not be listed",
      asset: platformAsset({
        invocationLogging: off,
        resources: { ...empty, customModels: 1, agents: denied },
      }),
      messageId: "notLogging",
      data: { inUse: "1 custom model" },
    },
  ],
  unknown: [
    {
      name: "logging configuration unreadable",
      asset: platformAsset({
        invocationLogging: unknown("GetModelInvocationLoggingConfiguration failed: AccessDeniedException"),
      }),
      messageId: "cannotTell",
      data: {
        reason: "GetModelInvocationLoggingConfiguration failed: AccessDeniedException",
      },
    },
    {
      name: "off, and whether anything exists cannot be told",
      asset: platformAsset({ invocationLogging: off, resources: { ...empty, agents: denied } }),
      messageId: "cannotTell",
      data: {
        reason: "ListAgents failed: AccessDeniedException",
      },
    },
  ],
});
