import { defineCheck, fail, pass } from "../../src/model/check.js";
import { NETWORK_ISOLATION } from "../compliance.js";
import { whenReported } from "./azure-controls.js";

export default defineCheck({
  id: "ml-workspace.private-endpoint",
  title: "Azure ML workspaces should be reached through a private endpoint",
  kind: "ml-workspace",
  category: "network",
  severity: "medium",
  providers: ["azure"],
  compliance: NETWORK_ISOLATION,
  remediation: {
    text: "Create a private endpoint for the workspace (group id amlworkspace) in your virtual network, approve it, and then disable public network access.",
    cli: {
      azure:
        "az network private-endpoint create --name WORKSPACE-pe --resource-group GROUP --vnet-name VNET --subnet SUBNET --private-connection-resource-id WORKSPACE_ID --group-id amlworkspace --connection-name WORKSPACE-pe",
    },
  },
  messages: {
    none: "No approved private endpoint connection",
    connected: "{{count}} approved private endpoint connection(s)",
  },
  evaluate: (asset) =>
    whenReported("the workspace's private endpoint connections", asset.privateEndpoints, (count) =>
      count > 0 ? pass("connected", { count }) : fail("none", { count }),
    ),
});
