import { cannotTell, defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { NETWORK_ISOLATION } from "../compliance.js";

export default defineCheck({
  id: "storage.public-network-access",
  title: "Storage endpoints should not accept connections from every network",
  kind: "storage",
  category: "network",
  severity: "medium",
  providers: ["azure"],
  compliance: NETWORK_ISOLATION,
  // Training data and model artifacts reachable from anywhere are one leaked key or SAS away from exposure.
  sensitiveDataRaisesSeverity: true,
  remediation: {
    text: "Turn off public network access and reach the account through private endpoints, or set the firewall's default action to Deny and allow only the networks that need it (virtual network rules, named IP ranges).",
    cli: {
      azure:
        "az storage account update --name ACCOUNT --resource-group GROUP --public-network-access Disabled  # or: --default-action Deny, then az storage account network-rule add",
    },
  },
  messages: {
    anyNetwork: "Any internet address can connect: {{detail}}",
    restricted: "Not open to every network: {{detail}}",
  },
  evaluate: (asset) => {
    if (asset.networkExposure === undefined)
      return cannotTell("network reachability", "the provider did not report it for this storage");
    return whenKnown("network reachability", asset.networkExposure, (network) =>
      network.public ? fail("anyNetwork", { ...network }) : pass("restricted", { ...network }),
    );
  },
});
