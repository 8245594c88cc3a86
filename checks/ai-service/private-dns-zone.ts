import { defineCheck } from "../../src/model/check.js";
import { PRIVATE_NAME_RESOLUTION } from "../compliance.js";
import { evaluatePrivateDns, PRIVATE_DNS_MESSAGES } from "../private-dns.js";

export default defineCheck({
  id: "ai-service.private-dns-zone",
  title: "AI service accounts' private endpoints should resolve through the privatelink DNS zones",
  kind: "ai-service",
  category: "network",
  severity: "low",
  providers: ["azure"],
  compliance: PRIVATE_NAME_RESOLUTION,
  remediation: {
    text: "Add a DNS zone group to each private endpoint of the account linking privatelink.cognitiveservices.azure.com (and privatelink.openai.azure.com for OpenAI and AI Services accounts), with the zones linked to the callers' virtual networks.",
    cli: {
      azure:
        "az network private-endpoint dns-zone-group create --resource-group GROUP --endpoint-name PE_NAME --name default --private-dns-zone privatelink.openai.azure.com --zone-name openai",
    },
  },
  messages: PRIVATE_DNS_MESSAGES,
  evaluate: (asset) => evaluatePrivateDns(asset.privateDns),
});
