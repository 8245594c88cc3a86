import check from "../../../checks/ml-workspace/user-assigned-identity.js";
import { azureWorkspaceAsset } from "../../support/azure-ai-assets.js";
import { checkTable } from "../../support/check-table.js";
import { rawWorkspace, unreadWorkspace } from "./azure.fixtures.js";

checkTable(check, {
  valid: [
    { name: "user-assigned", messageId: "userAssigned", asset: azureWorkspaceAsset() },
    {
      name: "raw record: system and user assigned",
      messageId: "userAssigned",
      asset: rawWorkspace({
        identity: { type: "SystemAssigned,UserAssigned", userAssignedIdentities: { "/id/ml-mi": {} } },
      }),
      data: { userAssigned: 1 },
    },
  ],
  invalid: [
    {
      name: "raw record: system-assigned only",
      messageId: "systemOnly",
      asset: rawWorkspace({ identity: { type: "SystemAssigned" } }),
      severity: "low",
    },
    {
      name: "raw record: no identity",
      messageId: "systemOnly",
      asset: rawWorkspace({}),
      data: { type: "None" },
    },
  ],
  unknown: [
    { name: "raw record: GET not read", messageId: "cannotTell", asset: unreadWorkspace("Workspaces_Get") },
  ],
});
