import { describe, expect, it } from "vitest";
import approvedModel, { bedrockModel } from "../../../checks/agent/approved-model.js";
import type { ApprovedModelsPolicy } from "../../../src/model/approved-models.js";
import type { AgentAsset } from "../../../src/model/assets/agent.js";
import { unknown } from "../../../src/model/known.js";
import { agentAsset } from "../../support/bedrock-assets.js";
import { checkTable } from "../../support/check-table.js";

const POLICY: ApprovedModelsPolicy = {
  file: "approved-models.yaml",
  models: [
    { publisher: "anthropic", name: "anthropic.claude-3-5-sonnet-*" },
    { name: "arn:aws:bedrock:*:111122223333:custom-model/*" },
  ],
};

const FM = "arn:aws:bedrock:us-east-1::foundation-model";
const PROFILE = "arn:aws:bedrock:us-east-1:111122223333:inference-profile";
const calling = (targets: string[], overrides: Partial<AgentAsset> = {}) =>
  agentAsset({ relations: targets.map((target) => ({ type: "uses-model", target })), ...overrides });
const flow = (targets: string[]) =>
  calling(targets, { type: "aws.bedrock.flow", name: "claims-flow", guardrail: null });

checkTable(approvedModel, {
  inputs: { approvedModels: POLICY },
  valid: [
    {
      name: "an approved foundation model",
      messageId: "approved",
      asset: calling([`${FM}/anthropic.claude-3-5-sonnet-20240620-v1:0`]),
      data: { models: ["anthropic.claude-3-5-sonnet-20240620-v1:0 (publisher anthropic)"] },
    },
    {
      name: "a cross-region inference profile of an approved model",
      messageId: "approved",
      asset: calling([`${PROFILE}/us.anthropic.claude-3-5-sonnet-20241022-v2:0`]),
    },
    {
      name: "a custom model the policy approves by ARN",
      messageId: "approved",
      asset: calling(["arn:aws:bedrock:us-east-1:111122223333:custom-model/claims-tuned/abc123"]),
    },
    { name: "a flow that calls no model", messageId: "noModels", asset: flow([]) },
  ],
  invalid: [
    {
      name: "a flow with one node on a model that is not on the list",
      messageId: "notApproved",
      asset: flow([`${FM}/anthropic.claude-3-5-sonnet-20240620-v1:0`, `${FM}/meta.llama3-70b-instruct-v1:0`]),
      data: { models: ["meta.llama3-70b-instruct-v1:0 (publisher meta) — not on the approved list"] },
      severity: "medium",
    },
  ],
  unknown: [
    {
      name: "the agent could not be read",
      messageId: "modelNotRead",
      asset: agentAsset({ guardrail: unknown("GetAgent failed: AccessDeniedException") }),
      data: { reason: "GetAgent failed: AccessDeniedException" },
    },
    {
      name: "an agent that names no model",
      messageId: "modelNotRead",
      asset: agentAsset(),
      data: { reason: "the agent names no foundation model" },
    },
    { name: "run without the policy", messageId: "cannotTell", asset: agentAsset(), inputs: {} },
  ],
});

describe("bedrockModel", () => {
  it("reads model ids, inference profiles and ARNs", () => {
    expect(bedrockModel(`${FM}/amazon.titan-embed-text-v2:0`)).toEqual({
      name: "amazon.titan-embed-text-v2:0",
      publisher: "amazon",
    });
    expect(bedrockModel(`${PROFILE}/eu.anthropic.claude-3-haiku-20240307-v1:0`)).toEqual({
      name: "anthropic.claude-3-haiku-20240307-v1:0",
      publisher: "anthropic",
    });
    expect(bedrockModel("apac.amazon.nova-pro-v1:0")).toEqual({
      name: "amazon.nova-pro-v1:0",
      publisher: "amazon",
    });
    expect(bedrockModel("arn:aws:bedrock:us-east-1:111122223333:provisioned-model/xyz")).toEqual({
      name: "arn:aws:bedrock:us-east-1:111122223333:provisioned-model/xyz",
    });
  });
});
