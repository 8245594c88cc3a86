import { cannotTell, defineCheck, fail, pass } from "../../src/model/check.js";
import { isUnknown } from "../../src/model/known.js";
import { NETWORK_ISOLATION } from "../compliance.js";

export default defineCheck({
  id: "search.private-endpoint",
  title: "Search services open to the internet should be reached through a private endpoint instead",
  kind: "search",
  category: "network",
  severity: "medium",
  providers: ["azure"],
  compliance: NETWORK_ISOLATION,
  remediation: {
    text: "Create a private endpoint for the service in the virtual network of its clients (indexers and apps), then disable public network access so queries and index data stay off the internet.",
    cli: {
      azure:
        "az network private-endpoint create --name PE_NAME --resource-group GROUP --vnet-name VNET --subnet SUBNET --private-connection-resource-id SERVICE_ID --group-id searchService --connection-name PE_CONNECTION  # then: az search service update --name SERVICE --resource-group GROUP --public-network-access disabled",
    },
  },
  messages: {
    notPublic: "Not open to the internet: {{reasons}}",
    privateEndpoints:
      "{{privateEndpoints}} approved private endpoint(s) serve clients (the public endpoint is left to search.public-access)",
    noPrivateEndpoint:
      "Open to the internet with no private endpoint: every client, inside your network or not, reaches it over the internet",
  },
  evaluate: (asset) => {
    if (isUnknown(asset.exposure)) return cannotTell("whether the service is public", asset.exposure);
    if (isUnknown(asset.network)) return cannotTell("the service's private endpoints", asset.network);
    const endpoints = asset.network.privateEndpoints;
    if (endpoints === undefined)
      return cannotTell("the service's private endpoints", "the provider did not report private endpoints");
    const evidence = {
      privateEndpoints: endpoints,
      placement: asset.network.placement,
      detail: asset.network.detail,
    };
    if (!asset.exposure.public) return pass("notPublic", { ...evidence, reasons: asset.exposure.reasons });
    return endpoints > 0 ? pass("privateEndpoints", evidence) : fail("noPrivateEndpoint", evidence);
  },
});
