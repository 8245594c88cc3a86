import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { NETWORK_ISOLATION } from "../compliance.js";

export default defineCheck({
  id: "ai-service.outbound-restricted",
  title: "AI service accounts should call out only to an allowed list of hosts",
  kind: "ai-service",
  category: "network",
  severity: "medium",
  providers: ["azure"],
  compliance: NETWORK_ISOLATION,
  remediation: {
    text: 'Set restrictOutboundNetworkAccess to true and list in allowedFqdnList the hosts the account needs (your AI Search service and storage for "on your data"), so a prompt cannot make the service fetch from, or send data to, an arbitrary host.',
    cli: {
      azure:
        'az rest --method patch --url "https://management.azure.com/ACCOUNT_ID?api-version=2024-10-01" --body \'{"properties":{"restrictOutboundNetworkAccess":true,"allowedFqdnList":["SEARCH.search.windows.net"]}}\'',
    },
  },
  messages: {
    unrestricted: "{{detail}}",
    wildcard: "Outbound access is restricted, but the allowed list admits any host under {{wildcards}}",
    restricted: "{{detail}}",
  },
  evaluate: (asset) =>
    whenKnown("the account's outbound network rules", asset.outbound, (outbound) => {
      if (!outbound.restricted) return fail("unrestricted", { ...outbound });
      const wildcards = outbound.allowedFqdns.filter((f) => f.includes("*"));
      return wildcards.length
        ? fail("wildcard", { ...outbound, wildcards: wildcards.join(", ") })
        : pass("restricted", { ...outbound });
    }),
});
