import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { CUSTOMER_MANAGED_KEYS } from "../compliance.js";

export default defineCheck({
  id: "prompt.customer-managed-key",
  title: "Managed prompts should be encrypted with a customer-managed key",
  kind: "prompt",
  category: "encryption",
  severity: "low",
  providers: ["aws"],
  compliance: CUSTOMER_MANAGED_KEYS,
  remediation: {
    text: "Set a customer-managed KMS key on the prompt (--customer-encryption-key-arn), so its system instructions and templates are encrypted under a key whose use you control and audit.",
    cli: {
      aws: "aws bedrock-agent update-prompt --prompt-identifier PROMPT_ID --name NAME --customer-encryption-key-arn KEY_ARN",
    },
  },
  messages: {
    customerKey: "Encrypted with customer-managed key {{keyId}}",
    providerKey: "Encrypted only with a key AWS manages{{keyNote}}",
  },
  evaluate: (asset) =>
    whenKnown("who manages the prompt's key", asset.encryptionAtRest, (encryption) =>
      encryption.keyManager === "customer"
        ? pass("customerKey", { keyId: encryption.keyId ?? "(id not reported)" })
        : fail("providerKey", { ...encryption, keyNote: encryption.keyId ? ` (${encryption.keyId})` : "" }),
    ),
});
