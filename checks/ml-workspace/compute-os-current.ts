import { defineCheck, fail, pass, unknown } from "../../src/model/check.js";
import { PATCH_MANAGEMENT } from "../compliance.js";
import { whenReported } from "./azure-controls.js";

export default defineCheck({
  id: "ml-workspace.compute-os-current",
  title: "Azure ML compute instances should run the latest OS image",
  kind: "ml-workspace",
  category: "supply-chain",
  severity: "low",
  providers: ["azure"],
  compliance: PATCH_MANAGEMENT,
  remediation: {
    text: "Recreate compute instances that report an older OS image (or schedule their recreation), so they run the latest security patches.",
    cli: {
      azure:
        "az ml compute delete --name INSTANCE ... && az ml compute create --name INSTANCE --type computeinstance ...",
    },
  },
  messages: {
    noInstances: "No compute instances",
    outdated: "{{count}} compute instance(s) run an older OS image: {{names}}",
    current: "Every compute instance ({{count}}) runs the latest OS image",
    notReported: "Compute instance(s) {{names}} do not report their OS image version",
  },
  evaluate: (asset) =>
    whenReported("the workspace's computes", asset.computes, (all) => {
      const instances = all.filter((c) => c.computeType.toLowerCase() === "computeinstance");
      if (instances.length === 0) return pass("noInstances", {});
      const outdated = instances.filter((c) => c.latestOsImage === false);
      if (outdated.length)
        return fail("outdated", { count: outdated.length, names: outdated.map((c) => c.name) });
      const silent = instances.filter((c) => c.latestOsImage === undefined);
      if (silent.length) return unknown("notReported", { names: silent.map((c) => c.name) });
      return pass("current", { count: instances.length });
    }),
});
