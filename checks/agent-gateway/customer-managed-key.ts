import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { CUSTOMER_MANAGED_KEYS } from "../compliance.js";

export default defineCheck({
  id: "agent-gateway.customer-managed-key",
  title: "Agent tool gateways should be encrypted with a customer-managed key",
  kind: "agent-gateway",
  category: "encryption",
  severity: "medium",
  providers: ["aws"],
  compliance: CUSTOMER_MANAGED_KEYS,
  remediation: {
    text: "Create the AgentCore gateway with a customer-managed KMS key (--kms-key-arn), so the gateway's configuration and credentials are encrypted under a key whose use you control and audit.",
    cli: {
      aws: "aws bedrock-agentcore-control create-gateway --name NAME --role-arn ROLE_ARN --protocol-type MCP --authorizer-type AWS_IAM --kms-key-arn KEY_ARN",
    },
  },
  messages: {
    customerKey: "Encrypted with customer-managed key {{keyId}}",
    providerKey: "Encrypted only with a key AWS manages{{keyNote}}",
  },
  evaluate: (asset) =>
    whenKnown("who manages the gateway's key", asset.encryptionAtRest, (encryption) =>
      encryption.keyManager === "customer"
        ? pass("customerKey", { keyId: encryption.keyId ?? "(id not reported)" })
        : fail("providerKey", { ...encryption, keyNote: encryption.keyId ? ` (${encryption.keyId})` : "" }),
    ),
});
