import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { AUTHENTICATION } from "../compliance.js";

// Azure-only: SageMaker endpoints take IAM-signed requests only; Azure ML online endpoints may take static keys.
export default defineCheck({
  id: "model-endpoint.key-auth",
  title: "Online endpoints should authenticate with Entra ID tokens, not static keys",
  kind: "model-endpoint",
  category: "identity",
  severity: "medium",
  providers: ["azure"],
  compliance: AUTHENTICATION,
  remediation: {
    text: "Keys never expire and name no caller. Create the endpoint with auth_mode aad_token (the mode cannot be changed in place), move the deployments and traffic to it, and grant callers the AzureML Data Scientist role or a custom role with the score action.",
    cli: {
      azure:
        "az ml online-endpoint create --name NEW_ENDPOINT --resource-group GROUP --workspace-name WORKSPACE --auth-mode aad_token",
    },
  },
  messages: {
    keysAccepted: "Accepts static keys: {{detail}}",
    noKeys: "{{detail}}",
  },
  evaluate: (asset) =>
    whenKnown("the endpoint's authentication", asset.authentication, (auth) =>
      auth.methods.includes("key") ? fail("keysAccepted", { ...auth }) : pass("noKeys", { ...auth }),
    ),
});
