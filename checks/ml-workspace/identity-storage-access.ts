import { defineCheck, fail, pass } from "../../src/model/check.js";
import { AUTHENTICATION } from "../compliance.js";
import { whenReported } from "./azure-controls.js";

export default defineCheck({
  id: "ml-workspace.identity-storage-access",
  title: "Azure ML workspaces and AI Foundry hubs should reach their storage with Entra ID, not account keys",
  kind: "ml-workspace",
  category: "identity",
  severity: "medium",
  providers: ["azure"],
  compliance: AUTHENTICATION,
  remediation: {
    text: "Set systemDatastoresAuthMode to identity and grant the workspace's identity (and its users) Storage Blob Data roles; then shared key access can be disabled on the storage account.",
    cli: {
      azure:
        "az ml workspace update --name WORKSPACE --resource-group GROUP --system-datastores-auth-mode identity",
    },
  },
  messages: {
    keys: "{{detail}}",
    identity: "{{detail}}",
  },
  evaluate: (asset) =>
    whenReported("how the workspace reaches its storage", asset.storageAccess, (access) =>
      access.mode === "identity" ? pass("identity", { ...access }) : fail("keys", { ...access }),
    ),
});
