import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { AUTHENTICATION } from "../compliance.js";

export default defineCheck({
  id: "search.local-auth",
  title: "Search services should accept Entra ID only, not API keys",
  kind: "search",
  category: "identity",
  severity: "medium",
  providers: ["azure"],
  compliance: AUTHENTICATION,
  remediation: {
    text: "Enable role-based access (Search Index Data Reader/Contributor roles) and then disable API keys, so every query and index change is made by an Entra ID identity; an admin key is a shared secret with full read-write access to every index.",
    cli: {
      azure:
        "az search service update --name SERVICE --resource-group GROUP --auth-options aadOrApiKey --aad-auth-failure-mode http401WithBearerChallenge  # move clients to Entra ID, then: az search service update --name SERVICE --resource-group GROUP --disable-local-auth true",
    },
  },
  messages: {
    apiKeys: "API keys are accepted: {{detail}}",
    noApiKeys: "{{detail}}",
  },
  evaluate: (asset) =>
    whenKnown("how clients authenticate", asset.authentication, (auth) =>
      auth.identityProviders.includes("api-key")
        ? fail("apiKeys", { ...auth })
        : pass("noApiKeys", { ...auth }),
    ),
});
