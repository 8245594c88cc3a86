import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { NETWORK_ISOLATION } from "../compliance.js";

export default defineCheck({
  id: "notebook.public-ip",
  title: "Notebook machines should not have a public IP address",
  kind: "notebook",
  category: "network",
  severity: "medium",
  compliance: NETWORK_ISOLATION,
  remediation: {
    text: "A public IP exposes the machine's open ports to the internet. Azure ML: create the compute instance again in your virtual network with no public IP (enableNodePublicIp false), reaching it through the workspace's private endpoint.",
    cli: {
      azure:
        "az ml compute create --name NAME --resource-group GROUP --workspace-name WORKSPACE --type ComputeInstance --size STANDARD_DS3_V2 --subnet SUBNET_ID --enable-node-public-ip false",
    },
  },
  messages: {
    publicIp: "Has a public IP address: {{detail}}",
    noPublicIp: "{{detail}}",
  },
  evaluate: (asset) =>
    whenKnown("the machine's inbound access", asset.inboundAccess, (value) =>
      value.publicIp ? fail("publicIp", { ...value }) : pass("noPublicIp", { ...value }),
    ),
});
