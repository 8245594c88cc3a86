import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { PUBLIC_ACCESS } from "../compliance.js";

export default defineCheck({
  id: "ai-service.public-network",
  title:
    "AI service accounts (Azure OpenAI, AI Services) should not accept connections from the whole internet",
  kind: "ai-service",
  category: "exposure",
  severity: "high",
  providers: ["azure"],
  compliance: PUBLIC_ACCESS,
  remediation: {
    text: "Disable public network access and reach the account through a private endpoint, or at least set the firewall's default action to Deny and admit only your clients' IP ranges and virtual networks. Anyone holding a leaked key can otherwise call your models (and spend your quota) from anywhere.",
    cli: {
      azure:
        "az cognitiveservices account update --name ACCOUNT --resource-group GROUP --custom-domain ACCOUNT --public-network-access Disabled  # or keep it enabled behind the firewall: az cognitiveservices account network-rule add --name ACCOUNT --resource-group GROUP --ip-address CIDR && az resource update --ids ACCOUNT_ID --set properties.networkAcls.defaultAction=Deny",
    },
  },
  messages: {
    public: "{{serviceKind}} account open to the internet: {{reasons}}",
    notPublic: "{{reasons}}",
  },
  evaluate: (asset) =>
    whenKnown("whether the account is reachable from the internet", asset.exposure, (exposure) => {
      const data = { serviceKind: asset.serviceKind, ...exposure };
      return exposure.public ? fail("public", data) : pass("notPublic", data);
    }),
});
