import { cannotTell, defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { NETWORK_ISOLATION } from "../compliance.js";

export default defineCheck({
  id: "search.public-network-disabled",
  title: "Azure AI Search services should disable public network access",
  kind: "search",
  category: "network",
  severity: "low",
  providers: ["azure"],
  compliance: NETWORK_ISOLATION,
  remediation: {
    text: "Reach the service through a private endpoint and set publicNetworkAccess to disabled: IP rules on a public endpoint still answer from the internet, and an index holds the embeddings and text of your documents.",
    cli: {
      azure:
        "az search service update --name SERVICE --resource-group GROUP --public-network-access disabled",
    },
  },
  messages: {
    enabled: "Public network access is enabled: {{detail}}",
    disabled: "Public network access is disabled: {{detail}}",
  },
  evaluate: (asset) =>
    whenKnown("the service's network placement", asset.network, (network) => {
      if (network.publicNetworkAccess === undefined)
        return cannotTell("the service's public network access", "publicNetworkAccess is not reported");
      return network.publicNetworkAccess === "enabled"
        ? fail("enabled", { ...network })
        : pass("disabled", { ...network });
    }),
});
