import check from "../../../checks/guardrail/prompt-attack-filter.js";
import type { ContentFilter } from "../../../src/model/assets/guardrail.js";
import { unknown } from "../../../src/model/known.js";
import { guardrailAsset } from "../../support/bedrock-assets.js";
import { checkTable } from "../../support/check-table.js";

const promptAttack = (overrides: Partial<ContentFilter>): ContentFilter[] => [
  { category: "HATE", inputStrength: "HIGH", outputStrength: "HIGH", inputEnabled: true, inputBlocks: true },
  {
    category: "PROMPT_ATTACK",
    inputStrength: "HIGH",
    outputStrength: "NONE",
    inputEnabled: true,
    inputBlocks: true,
    ...overrides,
  },
];

checkTable(check, {
  valid: [{ name: "PROMPT_ATTACK at HIGH, blocking", messageId: "blocking", asset: guardrailAsset() }],
  invalid: [
    {
      name: "no prompt attack filter",
      asset: guardrailAsset({ contentFilters: promptAttack({}).slice(0, 1) }),
      messageId: "noFilter",
      severity: "medium",
    },
    {
      name: "no content policy at all",
      asset: guardrailAsset({ contentFilters: [] }),
      messageId: "noFilter",
    },
    {
      name: "MEDIUM strength",
      asset: guardrailAsset({ contentFilters: promptAttack({ inputStrength: "MEDIUM" }) }),
      messageId: "weak",
      data: { strength: "MEDIUM" },
    },
    {
      name: "strength NONE",
      asset: guardrailAsset({ contentFilters: promptAttack({ inputStrength: "NONE" }) }),
      messageId: "weak",
      data: { strength: "NONE" },
    },
    {
      name: "detect only",
      asset: guardrailAsset({ contentFilters: promptAttack({ inputBlocks: false }) }),
      messageId: "detectOnly",
    },
    {
      name: "input evaluation off",
      asset: guardrailAsset({ contentFilters: promptAttack({ inputEnabled: false }) }),
      messageId: "inputOff",
    },
  ],
  unknown: [
    {
      name: "GetGuardrail denied",
      asset: guardrailAsset({ contentFilters: unknown("GetGuardrail failed: AccessDeniedException") }),
      messageId: "cannotTell",
      data: { reason: "GetGuardrail failed: AccessDeniedException" },
    },
  ],
});
