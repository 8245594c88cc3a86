import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { AUTHENTICATION } from "../compliance.js";

export default defineCheck({
  id: "ai-service.local-auth",
  title: "AI service accounts should accept Entra ID only, not account keys",
  kind: "ai-service",
  category: "identity",
  severity: "medium",
  providers: ["azure"],
  compliance: AUTHENTICATION,
  remediation: {
    text: "Grant callers the Cognitive Services OpenAI User (or Cognitive Services User) role, move them to Entra ID tokens, then disable local (key) authentication: an account key is a shared secret that never expires, names no caller in the logs, and calls every deployment.",
    cli: {
      azure: "az resource update --ids ACCOUNT_ID --set properties.disableLocalAuth=true",
    },
  },
  messages: {
    keysAccepted: "Account keys are accepted: {{detail}}",
    entraOnly: "{{detail}}",
  },
  evaluate: (asset) =>
    whenKnown("how callers authenticate", asset.authentication, (auth) =>
      auth.localAuth ? fail("keysAccepted", { ...auth }) : pass("entraOnly", { ...auth }),
    ),
});
