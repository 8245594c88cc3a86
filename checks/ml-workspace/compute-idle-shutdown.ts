import { defineCheck, fail, pass } from "../../src/model/check.js";
import { AVAILABILITY } from "../compliance.js";
import { whenReported } from "./azure-controls.js";

export default defineCheck({
  id: "ml-workspace.compute-idle-shutdown",
  title: "Azure ML compute instances should shut down when idle",
  kind: "ml-workspace",
  category: "resilience",
  severity: "low",
  providers: ["azure"],
  compliance: AVAILABILITY,
  remediation: {
    text: "Set an idle shutdown time on compute instances, so a forgotten instance (with its credentials and mounted data) does not stay up.",
    cli: {
      azure:
        "az ml compute update --name INSTANCE --resource-group GROUP --workspace-name WORKSPACE --idle-time-before-shutdown-minutes 60",
    },
  },
  messages: {
    noInstances: "No compute instances",
    alwaysOn: "{{count}} compute instance(s) have no idle shutdown: {{names}}",
    shutsDown: "Every compute instance shuts down when idle: {{settings}}",
  },
  evaluate: (asset) =>
    whenReported("the workspace's computes", asset.computes, (all) => {
      const instances = all.filter((c) => c.computeType.toLowerCase() === "computeinstance");
      if (instances.length === 0) return pass("noInstances", {});
      const alwaysOn = instances.filter((c) => c.idleShutdownMinutes === undefined);
      return alwaysOn.length
        ? fail("alwaysOn", { count: alwaysOn.length, names: alwaysOn.map((c) => c.name) })
        : pass("shutsDown", {
            settings: instances.map((c) => `${c.name} after ${c.idleShutdownMinutes} min`),
          });
    }),
});
