import { defineCheck, fail, pass } from "../../src/model/check.js";
import { NETWORK_ISOLATION } from "../compliance.js";
import { whenReported } from "./azure-controls.js";

/** Computes that can be placed in a subnet (attached Kubernetes and VMs bring their own network). */
const INJECTABLE = new Set(["computeinstance", "amlcompute"]);

export default defineCheck({
  id: "ml-workspace.compute-vnet",
  title: "Azure ML compute instances and clusters should run in a virtual network",
  kind: "ml-workspace",
  category: "network",
  severity: "medium",
  providers: ["azure"],
  compliance: NETWORK_ISOLATION,
  remediation: {
    text: "Create compute instances and clusters in a subnet of your virtual network (or use the workspace's managed network), so training and notebooks reach data over private paths.",
    cli: {
      azure:
        "az ml compute create --name COMPUTE --resource-group GROUP --workspace-name WORKSPACE --type amlcompute --vnet-name VNET --subnet SUBNET",
    },
  },
  messages: {
    noComputes: "No compute instances or clusters",
    outside: "{{count}} compute(s) outside any virtual network: {{names}}",
    inside: "Every compute instance and cluster ({{count}}) is in a subnet",
    managed: "Computes run in the workspace's managed network ({{isolationMode}})",
  },
  evaluate: (asset) =>
    whenReported("the workspace's computes", asset.computes, (all) => {
      const computes = all.filter((c) => INJECTABLE.has(c.computeType.toLowerCase()));
      if (computes.length === 0) return pass("noComputes", {});
      const network = asset.managedNetwork;
      // A managed network isolates every compute of the workspace without a customer subnet.
      if (network && !("unknown" in network) && network.isolationMode.startsWith("Allow"))
        return pass("managed", { isolationMode: network.isolationMode });
      const outside = computes.filter((c) => !c.subnet);
      return outside.length
        ? fail("outside", {
            count: outside.length,
            names: outside.map((c) => `${c.name} (${c.computeType})`),
          })
        : pass("inside", { count: computes.length });
    }),
});
