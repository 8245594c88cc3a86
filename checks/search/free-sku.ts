import { cannotTell, defineCheck, fail, pass } from "../../src/model/check.js";
import { NETWORK_ISOLATION } from "../compliance.js";

export default defineCheck({
  id: "search.free-sku",
  title: "Search services holding AI data should not run on the free tier",
  kind: "search",
  category: "network",
  severity: "low",
  providers: ["azure"],
  compliance: NETWORK_ISOLATION,
  remediation: {
    text: "Move the index to a Basic or higher tier: the free tier runs on shared infrastructure and supports neither private endpoints nor customer-managed keys (nor an SLA), so it cannot be isolated or key-controlled. A service's tier cannot change: create a new service and re-index.",
    cli: {
      azure:
        "az search service create --name NEW_SERVICE --resource-group GROUP --sku basic --public-network-access disabled",
    },
  },
  messages: {
    free: "Free tier: shared infrastructure, no private endpoints, no customer-managed keys",
    paid: "Tier '{{sku}}' supports private endpoints and customer-managed keys",
  },
  evaluate: (asset) => {
    if (asset.sku === undefined) return cannotTell("the pricing tier", "the provider did not report a SKU");
    return asset.sku.toLowerCase() === "free"
      ? fail("free", { sku: asset.sku })
      : pass("paid", { sku: asset.sku });
  },
});
