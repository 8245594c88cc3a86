import { defineCheck } from "../../src/model/check.js";
import { PRIVATE_NAME_RESOLUTION } from "../compliance.js";
import { evaluatePrivateDns, PRIVATE_DNS_MESSAGES } from "../private-dns.js";

export default defineCheck({
  id: "search.private-dns-zone",
  title: "Search services' private endpoints should resolve through the privatelink DNS zone",
  kind: "search",
  category: "network",
  severity: "low",
  providers: ["azure"],
  compliance: PRIVATE_NAME_RESOLUTION,
  remediation: {
    text: "Add a DNS zone group to each private endpoint of the service linking privatelink.search.windows.net, with the zone linked to the clients' virtual networks.",
    cli: {
      azure:
        "az network private-endpoint dns-zone-group create --resource-group GROUP --endpoint-name PE_NAME --name default --private-dns-zone privatelink.search.windows.net --zone-name search",
    },
  },
  messages: PRIVATE_DNS_MESSAGES,
  evaluate: (asset) => evaluatePrivateDns(asset.privateDns),
});
