import cmk from "../../../checks/agent/customer-managed-key.js";
import guardrail from "../../../checks/agent/guardrail.js";
import { unknown } from "../../../src/model/known.js";
import { agentAsset, guardrailAsset } from "../../support/bedrock-assets.js";
import { checkTable } from "../../support/check-table.js";

const denied = unknown("GetAgent failed: AccessDeniedException");

checkTable(guardrail, {
  valid: [
    { name: "guardrail version 1", messageId: "guardrailVersion", asset: agentAsset() },
    {
      name: "guardrail in the inventory, named",
      messageId: "guardrailVersion",
      asset: agentAsset(),
      neighbours: [guardrailAsset({ name: "support-guardrail" })],
    },
  ],
  invalid: [
    {
      name: "no guardrail",
      asset: agentAsset({ guardrail: null }),
      messageId: "noGuardrail",
      severity: "medium",
    },
  ],
  unknown: [
    {
      name: "GetAgent denied",
      asset: agentAsset({ guardrail: denied }),
      messageId: "cannotTell",
      data: { reason: "GetAgent failed: AccessDeniedException" },
    },
  ],
});

checkTable(cmk, {
  valid: [{ name: "customer-managed key", messageId: "customerKey", asset: agentAsset() }],
  invalid: [
    {
      name: "AWS owned key",
      asset: agentAsset({
        encryptionAtRest: { enabled: true, keyManager: "provider", algorithm: "AWS owned key" },
      }),
      messageId: "providerKey",
      severity: "low",
    },
  ],
  unknown: [
    {
      name: "GetAgent denied",
      asset: agentAsset({ encryptionAtRest: denied }),
      messageId: "cannotTell",
      data: { reason: "GetAgent failed: AccessDeniedException" },
    },
  ],
});
