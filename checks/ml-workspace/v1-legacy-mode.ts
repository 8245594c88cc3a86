// Azure Policy e413671a asks for v1LegacyMode, which keeps the v1 API platform's isolation (workspace private
// link for the control plane). Microsoft has since retired that platform (v1 API deprecated 31 March 2025, CLI
// v1 support ended 30 September 2025, SDK v1 support 30 June 2026), and the mode shuts out v2 features. So this
// check flags the opposite of the policy: a workspace still pinned to the retired platform. For a private v2
// workspace it says where its control plane goes instead (Resource Manager), which needs ARM private link.
import { defineCheck, fail, pass } from "../../src/model/check.js";
import { isUnknown } from "../../src/model/known.js";
import { PATCH_MANAGEMENT } from "../compliance.js";
import { whenReported } from "./azure-controls.js";

export default defineCheck({
  id: "ml-workspace.v1-legacy-mode",
  title: "Azure ML workspaces should not be pinned to the retired v1 API platform (v1LegacyMode)",
  kind: "ml-workspace",
  category: "supply-chain",
  severity: "low",
  providers: ["azure"],
  compliance: PATCH_MANAGEMENT,
  remediation: {
    text: "Move the workspace's clients to the v2 CLI and SDK, then turn v1LegacyMode off. Where the control plane must stay private, put Azure Resource Manager behind private link (a resource management private link and a private endpoint to it).",
    cli: {
      azure: "az ml workspace update --name WORKSPACE --resource-group GROUP --v1-legacy-mode false",
    },
  },
  messages: {
    legacyMode:
      "v1LegacyMode is on: the workspace is pinned to the retired v1 API platform (deprecated 31 March 2025; its SDK and CLI no longer get fixes), and v2 features such as managed online endpoints are shut out",
    v2: "v1LegacyMode is off: the workspace uses the v2 API platform, whose control-plane calls go through Azure Resource Manager{{privateNote}}",
  },
  evaluate: (asset) =>
    whenReported("the workspace's v1LegacyMode", asset.v1LegacyMode, (legacy) => {
      if (legacy) return fail("legacyMode", { v1LegacyMode: true });
      const isolated = !isUnknown(asset.publicNetwork) && !asset.publicNetwork.enabled;
      return pass("v2", {
        v1LegacyMode: false,
        privateNote: isolated
          ? " (public network access is disabled: keep those calls private with Resource Manager private link, which aiposture does not read)"
          : "",
      });
    }),
});
