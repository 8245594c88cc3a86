import check from "../../../checks/ai-platform/guardrail-present.js";
import { unknown } from "../../../src/model/known.js";
import { platformAsset } from "../../support/bedrock-assets.js";
import { checkTable } from "../../support/check-table.js";

const empty = { guardrails: 0, agents: 0, customModels: 0, knowledgeBases: 0 };
const denied = (op: string) => unknown(`${op} failed: AccessDeniedException`);

checkTable(check, {
  valid: [
    { name: "a guardrail beside agents", messageId: "oneGuardrail", asset: platformAsset() },
    {
      name: "a guardrail, other listings unreadable",
      messageId: "oneGuardrail",
      asset: platformAsset({ resources: { ...empty, guardrails: 1, agents: denied("ListAgents") } }),
    },
    {
      name: "only knowledge bases: nothing to guard",
      messageId: "nothingNeedsOne",
      asset: platformAsset({ resources: { ...empty, knowledgeBases: 3 } }),
    },
    {
      name: "guardrails unreadable but nothing to guard",
      messageId: "nothingNeedsOne",
      asset: platformAsset({ resources: { ...empty, guardrails: denied("ListGuardrails") } }),
    },
    {
      name: "several guardrails",
      asset: platformAsset({ resources: { ...empty, agents: 2, guardrails: 3 } }),
      messageId: "guardrails",
      data: { guardrails: 3 },
    },
  ],
  invalid: [
    {
      name: "agents without any guardrail",
      asset: platformAsset({ resources: { ...empty, agents: 2 } }),
      messageId: "noGuardrail",
      data: { inUse: "2 agents" },
      severity: "medium",
    },
    {
      name: "a custom model, agents unreadable",
      asset: platformAsset({ resources: { ...empty, customModels: 1, agents: denied("ListAgents") } }),
      messageId: "noGuardrail",
      data: { inUse: "1 custom model" },
    },
  ],
  unknown: [
    {
      name: "agents exist, guardrails unreadable",
      asset: platformAsset({ resources: { ...empty, agents: 1, guardrails: denied("ListGuardrails") } }),
      messageId: "cannotTell",
      data: { reason: "ListGuardrails failed: AccessDeniedException" },
    },
    {
      name: "no guardrail, agents unreadable",
      asset: platformAsset({ resources: { ...empty, agents: denied("ListAgents") } }),
      messageId: "cannotTell",
      data: {
        reason: "ListAgents failed: AccessDeniedException",
      },
    },
  ],
});
