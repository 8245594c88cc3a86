import { cannotTell, defineCheck, fail, pass } from "../../src/model/check.js";
import { isUnknown } from "../../src/model/known.js";
import { NETWORK_ISOLATION } from "../compliance.js";

export default defineCheck({
  id: "ai-service.private-endpoint",
  title: "AI service accounts open to the internet should be reached through a private endpoint instead",
  kind: "ai-service",
  category: "network",
  severity: "low",
  providers: ["azure"],
  compliance: NETWORK_ISOLATION,
  remediation: {
    text: "Create a private endpoint for the account in the virtual network of its callers, then disable public network access so prompts and completions stay off the internet.",
    cli: {
      azure:
        "az network private-endpoint create --name PE_NAME --resource-group GROUP --vnet-name VNET --subnet SUBNET --private-connection-resource-id ACCOUNT_ID --group-id account --connection-name PE_CONNECTION  # then: az cognitiveservices account update --name ACCOUNT --resource-group GROUP --public-network-access Disabled",
    },
  },
  messages: {
    notPublic: "Not open to the internet: {{reasons}}",
    privateEndpoints:
      "{{privateEndpoints}} approved private endpoint(s) serve callers (the public endpoint is left to ai-service.public-network)",
    noPrivateEndpoint:
      "Open to the internet with no private endpoint: every caller reaches it over the internet",
  },
  evaluate: (asset) => {
    if (isUnknown(asset.exposure)) return cannotTell("whether the account is public", asset.exposure);
    if (isUnknown(asset.network)) return cannotTell("the account's private endpoints", asset.network);
    const evidence = { ...asset.network };
    if (!asset.exposure.public) return pass("notPublic", { ...evidence, reasons: asset.exposure.reasons });
    return asset.network.privateEndpoints > 0
      ? pass("privateEndpoints", evidence)
      : fail("noPrivateEndpoint", evidence);
  },
});
