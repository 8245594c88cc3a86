import { defineCheck } from "../../src/model/check.js";
import { PRIVATE_NAME_RESOLUTION } from "../compliance.js";
import { evaluatePrivateDns, PRIVATE_DNS_MESSAGES } from "../private-dns.js";

export default defineCheck({
  id: "ml-workspace.private-dns-zone",
  title: "Azure ML workspaces' private endpoints should resolve through the privatelink DNS zones",
  kind: "ml-workspace",
  category: "network",
  severity: "low",
  providers: ["azure"],
  compliance: PRIVATE_NAME_RESOLUTION,
  remediation: {
    text: "Add a DNS zone group to each private endpoint of the workspace linking privatelink.api.azureml.ms and privatelink.notebooks.azure.net, with both zones linked to the users' virtual networks.",
    cli: {
      azure:
        "az network private-endpoint dns-zone-group create --resource-group GROUP --endpoint-name PE_NAME --name default --private-dns-zone privatelink.api.azureml.ms --zone-name api  # then: az network private-endpoint dns-zone-group add --resource-group GROUP --endpoint-name PE_NAME --name default --private-dns-zone privatelink.notebooks.azure.net --zone-name notebooks",
    },
  },
  messages: PRIVATE_DNS_MESSAGES,
  evaluate: (asset) => evaluatePrivateDns(asset.privateDns),
});
