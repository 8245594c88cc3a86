// Azure Policy e413671a audits every workspace without v1LegacyMode. The v1 API is deprecated (March 2025) and
// the mode blocks v2 features, so this check judges only the risk behind the policy: a workspace that relies on
// private link (public network access disabled) while its v2 control-plane calls, with their metadata and job
// parameters, still go through Azure Resource Manager's public endpoint.
import { cannotTell, defineCheck, fail, pass } from "../../src/model/check.js";
import { isUnknown } from "../../src/model/known.js";
import { NETWORK_ISOLATION } from "../compliance.js";
import { whenReported } from "./azure-controls.js";

export default defineCheck({
  id: "ml-workspace.v1-legacy-mode",
  title: "Private Azure ML workspaces should keep their control plane off the public network",
  kind: "ml-workspace",
  category: "network",
  severity: "low",
  providers: ["azure"],
  compliance: NETWORK_ISOLATION,
  remediation: {
    text: "Put Azure Resource Manager behind private link (a resource management private link and a private endpoint for it in the workspace's virtual network) so v2 API calls stay private. Turn on v1LegacyMode only for workloads still on the deprecated v1 SDK: it blocks v2 features such as managed online endpoints.",
    cli: {
      azure:
        "az resourcemanagement private-link create --resource-group GROUP --name ARM_PL --location LOCATION  # then a private endpoint to it (group id ResourceManagement); v1 only: az ml workspace update --name WORKSPACE --resource-group GROUP --v1-legacy-mode true",
    },
  },
  messages: {
    legacyMode:
      "v1LegacyMode is on: v1 operations stay behind the workspace's private link (v2 features are unavailable)",
    notPrivate:
      "Public network access is enabled, so there is no private-only isolation for v1LegacyMode to keep: {{detail}}",
    publicControlPlane:
      "Public network access is disabled but v1LegacyMode is off: v2 API calls (jobs, models, endpoints, with their metadata and parameters) go through Azure Resource Manager's public endpoint unless Resource Manager private link is set up (not read by aiposture)",
  },
  evaluate: (asset) =>
    whenReported("the workspace's v1LegacyMode", asset.v1LegacyMode, (legacy) => {
      if (legacy) return pass("legacyMode", { v1LegacyMode: true });
      if (isUnknown(asset.publicNetwork)) return cannotTell("the workspace's network access", asset.publicNetwork);
      return asset.publicNetwork.enabled
        ? pass("notPrivate", { v1LegacyMode: false, detail: asset.publicNetwork.detail })
        : fail("publicControlPlane", { v1LegacyMode: false, detail: asset.publicNetwork.detail });
    }),
});
