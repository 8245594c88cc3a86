import { defineCheck, fail, pass } from "../../src/model/check.js";
import { AUTHENTICATION } from "../compliance.js";
import { whenReported } from "./azure-controls.js";

export default defineCheck({
  id: "ml-workspace.compute-local-auth",
  title: "Azure ML computes should have local authentication disabled",
  kind: "ml-workspace",
  category: "identity",
  severity: "medium",
  providers: ["azure"],
  compliance: AUTHENTICATION,
  remediation: {
    text: "Recreate computes with local authentication disabled (disableLocalAuth true), so they accept only Entra ID identities and not keys or SSH passwords.",
    cli: {
      azure:
        "az ml compute create --name COMPUTE --resource-group GROUP --workspace-name WORKSPACE --type amlcompute --disable-local-auth true",
    },
  },
  messages: {
    noComputes: "The workspace has no computes",
    localAuth: "{{count}} compute(s) accept local authentication: {{names}}",
    entraOnly: "Every compute ({{count}}) has local authentication disabled",
  },
  evaluate: (asset) =>
    whenReported("the workspace's computes", asset.computes, (computes) => {
      if (computes.length === 0) return pass("noComputes", {});
      const local = computes.filter((c) => c.localAuth);
      return local.length
        ? fail("localAuth", { count: local.length, names: local.map((c) => `${c.name} (${c.computeType})`) })
        : pass("entraOnly", { count: computes.length });
    }),
});
