import { defineCheck, fail, pass, unknown } from "../../src/model/check.js";
import type { MlWorkspaceAsset } from "../../src/model/assets/ml-workspace.js";
import { NETWORK_ISOLATION } from "../compliance.js";
import { whenReported } from "./azure-controls.js";

export default defineCheck({
  id: "ml-workspace.managed-network",
  title: "Azure ML workspaces and AI Foundry hubs should allow only approved outbound traffic",
  kind: "ml-workspace",
  category: "network",
  severity: "medium",
  providers: ["azure"],
  compliance: NETWORK_ISOLATION,
  remediation: {
    text: "Set the workspace's (or hub's) managed network to AllowOnlyApprovedOutbound and add outbound rules for the storage, registries and AI services it needs, so code run in the workspace cannot send data to an arbitrary host.",
    cli: {
      azure:
        "az ml workspace update --name WORKSPACE --resource-group GROUP --managed-network allow_only_approved_outbound",
    },
  },
  messages: {
    approvedOnly: "{{detail}}",
    open: "{{kind}} workspace: {{detail}}",
    hubUnread: "Project of hub {{hub}}, which was not read: its managed network is unknown",
  },
  evaluate: (asset, graph) =>
    whenReported("the workspace's managed network", asset.managedNetwork, (network) => {
      let decided = network;
      let owner = asset.workspaceKind ?? "Default";
      if (network.inheritedFrom) {
        const hub = graph.get(network.inheritedFrom) as MlWorkspaceAsset | undefined;
        const hubNetwork = hub?.managedNetwork;
        if (!hubNetwork || "unknown" in hubNetwork)
          return unknown("hubUnread", { hub: network.inheritedFrom });
        decided = { ...hubNetwork, detail: `its hub ${hub.name}: ${hubNetwork.detail}` };
        owner = "Project";
      }
      const data = { ...decided, kind: owner };
      return decided.isolationMode === "AllowOnlyApprovedOutbound"
        ? pass("approvedOnly", data)
        : fail("open", data);
    }),
});
