import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { NETWORK_ISOLATION } from "../compliance.js";

// Azure-only: a SageMaker endpoint is always called through the regional runtime API (IAM decides), while an Azure
// ML online endpoint has its own scoring URI whose network reach is a setting.
export default defineCheck({
  id: "model-endpoint.public-network",
  title: "Online endpoints should not accept traffic from the public internet",
  kind: "model-endpoint",
  category: "network",
  severity: "medium",
  providers: ["azure"],
  compliance: NETWORK_ISOLATION,
  remediation: {
    text: "Disable public network access on the endpoint so it is scored only through the workspace's private endpoints (the workspace needs a private endpoint first).",
    cli: {
      azure:
        "az ml online-endpoint update --name ENDPOINT --resource-group GROUP --workspace-name WORKSPACE --set public_network_access=disabled",
    },
  },
  messages: {
    public: "The scoring URI accepts internet traffic: {{detail}}",
    private: "{{detail}}",
  },
  evaluate: (asset) =>
    whenKnown("the endpoint's network access", asset.networkAccess, (access) =>
      access.publicNetwork ? fail("public", { ...access }) : pass("private", { ...access }),
    ),
});
