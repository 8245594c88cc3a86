import { defineCheck, fail, pass } from "../../src/model/check.js";
import { LEAST_PRIVILEGE } from "../compliance.js";
import { whenReported } from "./azure-controls.js";

export default defineCheck({
  id: "ml-workspace.user-assigned-identity",
  title: "Azure ML workspaces should use a user-assigned managed identity",
  kind: "ml-workspace",
  category: "identity",
  severity: "low",
  providers: ["azure"],
  compliance: LEAST_PRIVILEGE,
  remediation: {
    text: "Create the workspace with a user-assigned managed identity (and set it as primary), so its access to storage, Key Vault and registries is granted, reviewed and kept independently of the workspace's lifetime.",
    cli: {
      azure:
        "az ml workspace update --name WORKSPACE --resource-group GROUP --identity-type user_assigned --user-assigned-identities IDENTITY_ID --primary-user-assigned-identity IDENTITY_ID",
    },
  },
  messages: {
    systemOnly: "{{detail}}: no user-assigned identity",
    userAssigned: "{{detail}}",
  },
  evaluate: (asset) =>
    whenReported("the workspace's managed identity", asset.identity, (identity) =>
      identity.userAssigned > 0 ? pass("userAssigned", { ...identity }) : fail("systemOnly", { ...identity }),
    ),
});
