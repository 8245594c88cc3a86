import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { CUSTOMER_MANAGED_KEYS } from "../compliance.js";

export default defineCheck({
  id: "agent.customer-managed-key",
  title: "AI agents should encrypt their data with a customer-managed key",
  kind: "agent",
  category: "encryption",
  severity: "low",
  compliance: CUSTOMER_MANAGED_KEYS,
  remediation: {
    text: "Set a customer-managed KMS key on the agent, so its instructions, configuration and session data are encrypted under a key whose use you control and audit.",
    cli: {
      aws: "aws bedrock-agent update-agent --agent-id AGENT_ID --agent-name NAME --agent-resource-role-arn ROLE_ARN --foundation-model MODEL --customer-encryption-key-arn KEY_ARN && aws bedrock-agent prepare-agent --agent-id AGENT_ID",
    },
  },
  messages: {
    customerKey: "Encrypted with customer-managed key {{keyId}}",
    customerKeyUnnamed: "Encrypted with customer-managed key",
    providerKey: "Encrypted only with a key AWS owns",
  },
  evaluate: (asset) =>
    whenKnown("the agent's key", asset.encryptionAtRest, (encryption) =>
      encryption.keyManager === "customer"
        ? pass(encryption.keyId ? "customerKey" : "customerKeyUnnamed", { ...encryption })
        : fail("providerKey", { ...encryption }),
    ),
});
