import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { AUTHENTICATION } from "../compliance.js";

export default defineCheck({
  id: "ai-service.managed-identity",
  title: "AI service accounts should have a managed identity",
  kind: "ai-service",
  category: "identity",
  severity: "low",
  providers: ["azure"],
  compliance: AUTHENTICATION,
  remediation: {
    text: 'Assign a managed identity to the account, so it reaches Key Vault (customer-managed keys), storage and AI Search ("on your data") with Entra ID roles rather than stored keys.',
    cli: { azure: "az cognitiveservices account identity assign --name ACCOUNT --resource-group GROUP" },
  },
  messages: {
    none: "{{detail}}",
    assigned: "{{detail}}",
  },
  evaluate: (asset) =>
    whenKnown("the account's managed identity", asset.identity, (identity) =>
      identity.type.toLowerCase() === "none"
        ? fail("none", { ...identity })
        : pass("assigned", { ...identity }),
    ),
});
