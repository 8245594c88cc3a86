import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { CUSTOMER_MANAGED_KEYS } from "../compliance.js";

export default defineCheck({
  id: "agent-memory.customer-managed-key",
  title: "Agent memories should be encrypted with a customer-managed key",
  kind: "agent-memory",
  category: "encryption",
  severity: "medium",
  providers: ["aws"],
  compliance: CUSTOMER_MANAGED_KEYS,
  remediation: {
    text: "Create the AgentCore memory with a customer-managed KMS key (--encryption-key-arn; it cannot be added later), so conversation events and the long-term records drawn from them are encrypted under a key you control and can disable.",
    cli: {
      aws: "aws bedrock-agentcore-control create-memory --name NAME --event-expiry-duration 90 --encryption-key-arn KEY_ARN",
    },
  },
  messages: {
    customerKey: "Encrypted with customer-managed key {{keyId}}",
    providerKey: "Conversation memory encrypted only with a key AWS manages{{keyNote}}",
  },
  evaluate: (asset) =>
    whenKnown("who manages the memory's key", asset.encryptionAtRest, (encryption) =>
      encryption.keyManager === "customer"
        ? pass("customerKey", { keyId: encryption.keyId ?? "(id not reported)" })
        : fail("providerKey", { ...encryption, keyNote: encryption.keyId ? ` (${encryption.keyId})` : "" }),
    ),
});
