// The verdict on an asset's deployments against the approved-models policy, with the wording every
// approved-models check shares: the same question asked of Azure OpenAI, Azure ML and Bedrock reads the same.
import type { ApprovedModelsPolicy } from "../model/approved-models.js";
import { fail, pass, unknown, type CheckOutcome } from "../model/check.js";
import { describeModel, judgeModel, type DeployedModel } from "./match.js";

/** One deployment's model as read, or why it could not be told which model it serves. */
export type DeploymentModel =
  { deployment: string; model: DeployedModel } | { deployment: string; unreadable: string };

/** Messages of `approvedModelsOutcome`: spread into the `messages` of the checks that use it. */
export const APPROVED_MODELS_MESSAGES = {
  noDeployments: "No model deployments",
  allApproved: "Every deployment serves an approved model ({{policy}}): {{deployments}}",
  notApproved: "Deployments serve models that are not approved ({{policy}}): {{deployments}}",
  modelNotRead: "Could not tell which model these deployments serve: {{deployments}}",
} as const;

export function approvedModelsOutcome(
  policy: ApprovedModelsPolicy,
  deployments: readonly DeploymentModel[],
): CheckOutcome<keyof typeof APPROVED_MODELS_MESSAGES> {
  if (deployments.length === 0) return pass("noDeployments");
  const approved: string[] = [];
  const refused: string[] = [];
  const unreadable: string[] = [];
  for (const d of deployments) {
    if ("unreadable" in d) {
      unreadable.push(`${d.deployment}: ${d.unreadable}`);
      continue;
    }
    const verdict = judgeModel(policy, d.model);
    const label = `${d.deployment}: ${describeModel(d.model)}`;
    if (verdict.approved) approved.push(label);
    else refused.push(`${label} — ${verdict.why}`);
  }
  const data = { policy: policy.file };
  // A refused model is a finding whatever the others are; the ones that could not be read are kept as evidence.
  if (refused.length > 0)
    return fail("notApproved", {
      ...data,
      deployments: refused,
      ...(unreadable.length ? { unreadable } : {}),
    });
  if (unreadable.length > 0) return unknown("modelNotRead", { ...data, deployments: unreadable, approved });
  return pass("allApproved", { ...data, deployments: approved });
}
