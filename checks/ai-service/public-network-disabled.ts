import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { NETWORK_ISOLATION } from "../compliance.js";

export default defineCheck({
  id: "ai-service.public-network-disabled",
  title: "AI service accounts should disable public network access",
  kind: "ai-service",
  category: "network",
  severity: "low",
  providers: ["azure"],
  compliance: NETWORK_ISOLATION,
  remediation: {
    text: "Reach the account through a private endpoint and set publicNetworkAccess to Disabled: a firewall on a public endpoint still answers from the internet to every admitted range, and one wide rule undoes it.",
    cli: {
      azure:
        "az cognitiveservices account update --name ACCOUNT --resource-group GROUP --custom-domain ACCOUNT --public-network-access Disabled",
    },
  },
  messages: {
    enabled: "Public network access is enabled ({{placement}}): {{detail}}",
    disabled: "Public network access is disabled: {{detail}}",
  },
  evaluate: (asset) =>
    whenKnown("the account's network placement", asset.network, (network) =>
      network.placement === "private-endpoint"
        ? pass("disabled", { ...network })
        : fail("enabled", { ...network }),
    ),
});
